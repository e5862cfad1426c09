// Type declarations for helder's JavaScript API (the C API of include/helder/ in WebAssembly).

/** Options of a text check; the same keys as the C API's options JSON (include/helder/text.h). */
export interface TextCheckOptions {
  max_bytes?: number;
  long_sentence_words?: number;
  long_word_letters?: number;
  max_suggested_words?: number;
  spelling?: boolean;
  detail?: boolean;
  rules?: Partial<Record<RuleId, boolean>>;
  accept_words?: string[];
  extra_terms?: ExtraTerm[];
}

export type RuleId = 'jargon' | 'officialese' | 'long_sentence' | 'passive' | 'opinion' | 'long_word' | 'spelling';
export type Severity = 'info' | 'warning' | 'error';

export interface ExtraTerm {
  term: string;
  rule?: 'jargon' | 'officialese';
  class?: 'n' | 'v' | 'a' | 'x';
  alternatives?: string[];
  gloss?: string;
}

export interface Message { nl: string; en: string; }

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-8 byte offsets into the checked text (end exclusive). */
  start: number;
  end: number;
  text: string;
  message: Message;
  suggestions: string[];
}

/** The report of a text check (lib/data/schemas/text-report.schema.json). */
export interface TextReport {
  format: 1;
  language: 'nl';
  counts: { bytes: number; sentences: number; words: number; syllables: number; long_words: number; findings: number };
  scores: { flesch_douma: number | null; brouwer: number | null; difficulty: number | null };
  meets_b1: boolean;
  b1: { difficulty_limit: number; reasons: Array<{ code: string; value: number; limit: number; blocking: boolean; message: Message }> };
  rules_run: RuleId[];
  findings: Finding[];
  sentences?: Array<{ start: number; end: number; words: number }>;
  words?: Array<{ start: number; end: number; syllables: number; kind: string }>;
}

export interface CreateOptions {
  /** true: Debian's Dutch dictionary shipped with the package; or your own .aff/.dic. */
  spelling?: boolean | { aff: Uint8Array | string; dic: Uint8Array | string };
  accept_words?: string[];
  extra_terms?: ExtraTerm[];
  /** The bytes of helder-core.wasm, when you load them yourself. */
  wasmBinary?: Uint8Array;
}

export interface RenderSource { uri?: string; text: string | Uint8Array; report: TextReport | string; }
export interface RenderOptions { format?: 'text' | 'json' | 'sarif'; language?: 'nl' | 'en'; color?: boolean; }

/** An error from libhelder: status is the helder_status number, code its name (E_INVALID_UTF8, …). */
export class HelderError extends Error {
  status: number;
  code: string;
}

export class Helder {
  /** Loads the module (once per realm) and creates a context. */
  static create(options?: CreateOptions): Promise<Helder>;
  /** Contexts created and not yet destroyed in this realm. */
  static readonly liveContexts: number;
  readonly version: string;
  readonly constants: Readonly<Record<string, any>>;
  checkText(text: string | Uint8Array, options?: TextCheckOptions): TextReport;
  checkTextJson(text: string | Uint8Array, options?: TextCheckOptions): string;
  renderText(sources: RenderSource[], options?: RenderOptions): { output: string; highest: number };
  /** Releases the context now; a FinalizationRegistry releases forgotten ones later. */
  delete(): void;
}

export default Helder;
