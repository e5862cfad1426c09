// SPDX-License-Identifier: EUPL-1.2
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

export type RuleId = 'jargon' | 'officialese' | 'long_sentence' | 'passive' | 'opinion' | 'long_word' | 'spelling' | 'difficult_word';
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

/** A finding of a dossier validation (lib/data/schemas/dossier-report.schema.json). */
export interface DossierFinding {
  rule: string;
  severity: Severity;
  /** JSON Pointer to the place in the dossier. */
  pointer: string;
  /** UTF-8 byte offsets into the dossier text (end exclusive). */
  start: number;
  end: number;
  message: Message;
  source:
    | { kind: 'law'; article: string; label: 'VERIFIED' | 'SECONDARY' | 'UNVERIFIED'; [key: string]: unknown }
    | { kind: 'principle'; principle: string; nl: string; en: string }
    | { kind: 'format'; [key: string]: unknown };
}

/** Who asks for a view of a dossier, and the day the decision is made for. @since 1.3 */
export interface DossierViewRequest {
  reader: { kind: 'member' | 'professional'; id: string };
  date: string;
}

/** What was left out of a view, and why (never what). */
export interface Withheld {
  pointer: string;
  what: 'items' | 'part';
  count: number;
  reason: 'other_person' | 'outside_purpose' | 'access_limited';
  article: string;
  label: string;
  message: { nl: string; en: string };
}

/** The view of a dossier for one reader. @since 1.3 */
export interface DossierView {
  format: number;
  dossier_id: string;
  date: string;
  reader: { kind: string; id: string };
  rules: string[];
  dossier: Record<string, any>;
  items_withheld: number;
  parts_withheld: number;
  withheld: Withheld[];
}

/** The report of a dossier validation. */
export interface DossierReport {
  format: 1;
  status: 'valid' | 'invalid' | 'not_json' | 'too_large' | 'too_deep' | 'invalid_utf8';
  valid: boolean;
  today: string;
  counts: { errors: number; warnings: number; members?: number; professionals?: number; active_professionals?: number; handovers?: number };
  findings: DossierFinding[];
}

export interface DossierValidateOptions {
  /** YYYY-MM-DD; default: today (UTC). */
  today?: string;
  max_bytes?: number;
  max_professionals?: number;
  check_family_texts?: boolean;
}

export interface Actor { kind: 'professional' | 'member'; id: string; }

/** The answer to a request to destroy one person's data (helder_store_request_destruction). @since 1.3 */
export interface DestructionAnswer {
  dossier_id: string; person: string; outcome: 'erased' | 'needs_review'; destroyed: boolean;
  versions_removed: 0; versions_rewritten: number; parts_removed: number;
  due: { date: string; article: string; label: string; what: string };
  deadline: string; rule: { article: string; label: string };
  review?: { reason: string; label: 'UNVERIFIED' };
  message: { nl: string; en: string };
  audit_head: { seq: number; hash: string };
}

/** How sure helder is of a legal fact: checked against the law, a secondary source, or not checked. */
export type LegalLabel = 'VERIFIED' | 'SECONDARY' | 'UNVERIFIED';

/** The deadline kinds of helder_procedure_deadline (lib/data/procedure/deadlines.tsv). @since 1.3 */
export type DeadlineKind =
  | 'hoger-beroep' | 'ots' | 'ots-verlenging' | 'voorlopige-ots' | 'muhp' | 'muhp-niet-gebruikt' | 'spoed-zitting'
  | 'schorsing-gezag' | 'vervallenverklaring-aanwijzing' | 'klacht-raad' | 'vernietiging-dossier' | 'vt-triage';

/** A request for the last day of a legal deadline. @since 1.3 */
export interface DeadlineRequest {
  kind: DeadlineKind;
  /** YYYY-MM-DD: the day the period is counted from. */
  from: string;
  /** hoger-beroep only (art. 806 Rv); without it the answer warns. */
  party?: 'requester' | 'copy' | 'other';
  /** YYYY-MM-DD, for days_left; default: today (UTC). */
  today?: string;
  format?: 'json' | 'text';
  language?: 'nl' | 'en';
}

/** A legal deadline as a date, with how it was computed. @since 1.3 */
export interface Deadline {
  format: 1;
  kind: DeadlineKind;
  from: string;
  party: 'requester' | 'copy' | 'other' | null;
  today: string;
  /** The last day, after the Algemene termijnenwet where it applies. */
  due: string;
  nominal_due: string;
  basis: string;
  fact: string;
  period: { value: number; unit: string; nl: string; en: string };
  label: LegalLabel;
  value_label: LegalLabel;
  article_label: LegalLabel;
  date_label: LegalLabel;
  atw_applies: boolean | null;
  atw_rules: Array<{ id: string; article: string; label: LegalLabel; value_label: LegalLabel; article_label: LegalLabel }>;
  working_days: boolean;
  days_left: number;
  in_time: boolean;
  steps: Message[];
  warnings: Array<{ id: string } & Message>;
}

/** The parties whose rights a procedure state gives. @since 1.3 */
export type ProcedureParty =
  | 'parent_with_gezag' | 'parent_without_gezag' | 'foster_parent' | 'child_under_12' | 'child_12_15' | 'child_16_17'
  | 'young_adult' | 'other_adult';

/** One event of a child's procedure. @since 1.3 */
export interface ProcedureEvent {
  /** An event id of the specification (e.g. "spoedbeslissing"). */
  event: string;
  /** YYYY-MM-DD; never before the previous event's date. */
  date: string;
  actor?: string;
  /** Facts the event states (only those the event "carries"). */
  facts?: Record<string, boolean>;
}

/** One child's procedure: the events so far, kept by the caller (lib/data/schemas/procedure-instance.schema.json). @since 1.3 */
export interface ProcedureInstance {
  format: 'helder-procedure-instance';
  format_version: number;
  spec: { id: string; version: string };
  child?: { id?: string; birth_date?: string };
  events: ProcedureEvent[];
}

/** A specification as the answers name it. */
export interface ProcedureSpecRef { id: string; version: string; kind: 'law' | 'policy'; title: Message; note?: Message; }

/** The current stage of one region of the procedure. */
export interface ProcedureStage {
  region: string;
  id: string;
  title: Message;
  decides: Message;
  next: Message;
  compulsory: boolean;
  emergency: boolean;
  end: boolean;
}

/** Why an event was refused. */
export interface ProcedureRefusal {
  code: 'guard_missing' | 'not_possible_here' | 'unknown_event' | 'unknown_fact' | 'date_before_last';
  /** Each missing safeguard in plain words, with what would make it possible. */
  reasons: Message[];
}

/** The answer to applyProcedureEvent(). @since 1.3 */
export interface ProcedureApplyAnswer {
  format: 1;
  applied: boolean;
  refusal: ProcedureRefusal | null;
  spec: ProcedureSpecRef;
  /** Present when the instance was stored with another version of its specification. */
  replayed_from_version?: string;
  stages: ProcedureStage[];
  /** The instance, with the event added when it was applied: pass it to the next call. */
  instance: ProcedureInstance;
}

/** Options of procedureState(). @since 1.3 */
export interface ProcedureStateOptions {
  /** YYYY-MM-DD, for the deadlines' days_left; default: today (UTC). */
  today?: string;
  /** Only this party's rights; default: every party. */
  party?: ProcedureParty;
  /** A specification of your own; default: the shipped one the instance names. */
  spec?: object | string | Uint8Array;
}

/** Where a child's procedure stands. @since 1.3 */
export interface ProcedureState {
  format: 1;
  today: string;
  spec: ProcedureSpecRef;
  replayed_from_version?: string;
  stages: ProcedureStage[];
  facts: Record<string, boolean>;
  next_steps: Array<{
    event: string;
    text: Message;
    to?: ProcedureStage;
    decision: boolean;
    possible: boolean;
    guards: Array<{ id: string; holds: boolean; missing: Message }>;
  }>;
  /** The running timers, each with the fields of a Deadline (or, without a deadline kind, from/due/basis/label/days_left). */
  deadlines: Array<{ timer: string; text: Message } & Partial<Deadline>>;
  parties: Array<{
    party: ProcedureParty;
    title: Message;
    rights: Array<{ id: string; text: Message }>;
    helpers: Array<{ id: string; name: Message; text: Message; contact?: string; source?: string; read_on?: string }>;
  }>;
}

/** The shipped specifications (procedureSpec() without a name). @since 1.3 */
export interface ProcedureSpecList {
  format: 1;
  specifications: Array<{ name: string; id: string; version: string; kind: 'law' | 'policy'; title: Message }>;
}

/** Options of newProcedureInstance(). @since 1.3 */
export interface NewProcedureInstanceOptions {
  /** A shipped specification; default 'law'. */
  spec?: 'law' | 'toekomstscenario';
  child?: { id?: string; /** YYYY-MM-DD: decides the child's age on each event's day. */ birthDate?: string };
}

/** Options of verifyProcedure(). @since 1.3 */
export interface VerifyProcedureOptions {
  /** 1..100000000; default 10000000. More reachable states throw E_TOO_LARGE. */
  max_states?: number;
  format?: 'json' | 'text';
  language?: 'nl' | 'en';
}

/** The verification of a procedure specification (helder_procedure_verify). @since 1.3 */
export interface ProcedureVerification {
  format: 1;
  spec: { id: string; version: string; kind: 'law' | 'policy' };
  /** Every property holds. */
  ok: boolean;
  states: number;
  edges: number;
  seconds: number;
  properties: Array<{
    id: string;
    kind: string;
    declared: boolean;
    ok: boolean;
    text: Message;
    findings: Array<{
      code: string;
      nl: string;
      en: string;
      stage: string | null;
      party: string | null;
      /** The shortest path of events from the start that breaks the property. */
      path: Array<{ event: string; facts: Record<string, boolean>; nl: string; en: string }> | null;
    }>;
  }>;
}

/** One child's procedure as a dossier records it (helder_procedure_from_dossier). @since 1.3 */
export interface ProcedureFromDossier {
  format: 1;
  child: string;
  today: string;
  instance: ProcedureInstance;
  sources: string[];
  notes: Array<{ event: string; date: string; pointer: string; code: string; reasons: Message[] }>;
  deadlines: Array<{ measure: string; measure_kind: string; pointer: string; kind: string; from: string; due: string;
                     days_left: number; basis: string; label: LegalLabel } & Partial<Deadline>>;
  /** The child's recorded events (the dossier's procedure_events, format 2), replayed per specification. */
  recorded: Array<{
    spec: { id: string; version?: string };
    recorded_versions: string[];
    replayed_from_versions?: string[];
    instance?: ProcedureInstance;
    stages?: ProcedureState['stages'];
    sources: string[];
    refused: null | { position: number; pointer: string; event: string; date: string; recorded_version: string;
                      loaded_version: string | null; code: string; reasons: Message[]; message: Message };
  }>;
}

/** The letters helder can draft (lib/data/letters/). @since 1.3 */
export type LetterId = 'inzage' | 'correctie' | 'klacht' | 'vervallenverklaring' | 'verweerschrift';

/** Someone or something a letter names: a name and an address of one or more lines. @since 1.3 */
export interface LetterPerson { name?: string; address?: string; }

/**
 * A request for one letter (lib/data/schemas/letter-request.schema.json). Everything but letter and
 * party may be left out: the letter then holds a marked blank ("[uw naam]" / "[your name]"). @since 1.3
 */
export interface LetterRequest {
  letter: LetterId;
  party: ProcedureParty;
  /** YYYY-MM-DD: the letter's date, and today for the days left of its deadline. */
  date?: string;
  sender?: LetterPerson;
  /** The organisation the letter is to, or (a letter to the court) the one it is about. */
  organisation?: LetterPerson;
  court?: LetterPerson;
  child?: { name?: string; /** YYYY-MM-DD */ birth_date?: string };
  /** The organisation's reference, or the court's case number. */
  reference?: string;
  /** YYYY-MM-DD: the day the written directive was sent or handed over (the deadline counts from it). */
  directive_date?: string;
  directive_about?: string;
  /** YYYY-MM-DD */
  hearing_date?: string;
  details?: string;
  wish?: string;
  statement?: string;
  late_reason?: string;
}

/** A legal fact a letter names, with how sure helder is of it. @since 1.3 */
export interface LetterLaw { fact: string; article: string; label: LegalLabel; }

/** The letters, and for a party which of them it may send (lib/data/schemas/letter-answer.schema.json). @since 1.3 */
export interface LetterList {
  format: 1;
  party: ProcedureParty | null;
  letters: Array<{
    id: LetterId;
    title: Message;
    purpose: Message;
    recipient: 'organisation' | 'court';
    /** The right of lib/data/law/rights.tsv the letter uses: who holds it may send the letter. */
    right: string;
    /** The kind of procedureDeadline() the letter states, or null. */
    deadline: DeadlineKind | null;
    parties: ProcedureParty[];
    /** The request fields the letter uses for this party, with a label in both languages. */
    fields: Array<{ name: string; type: 'text' | 'long_text' | 'date'; label: Message }>;
    law: LetterLaw[];
    /** With a party: whether it may send this letter, and if not why. */
    offered?: boolean;
    refusal?: Message | null;
  }>;
}

/** One letter for one party: the Dutch letter and its English reading aid. @since 1.3 */
export interface LetterDraft {
  format: 1;
  letter: LetterId;
  party: ProcedureParty;
  recipient: 'organisation' | 'court';
  title: Message;
  subject: Message;
  /** nl: the letter to send; en: the English reading aid. */
  text: Message;
  /** Request fields left blank ("sender.name", "directive_date", …), in the order they appear. */
  blanks: string[];
  law: Array<LetterLaw & { value_label: LegalLabel; article_label: LegalLabel; note: Message | null }>;
  /** The deadline the letter states (as procedureDeadline() gives it, without "format"), or null. */
  deadline: Omit<Deadline, 'format'> | null;
  /** For the sender, not part of the letter: how to send it, the last day, and what is not confirmed. */
  notes: Array<{ id: string } & Message>;
}

/** A dossier store in memory: the requests and answers of include/helder/store.h. */
export class Store {
  /** Stores open and not yet closed in this realm. */
  static readonly liveStores: number;
  /** One operation of the C API, answered exactly as the C API hands it out (JSON or plain text). */
  json(operation: 'commit' | 'read' | 'history' | 'add_statement' | 'export' | 'request_destruction' | 'destroy' | 'verify' | 'verify_head' | 'indicators',
       request?: object | string, dossier?: object | string | Uint8Array): string;
  commit(dossier: object | string | Uint8Array, request: {
    expected_version: number; author: string; reason: string; at?: string; dossier_id?: string; allow_invalid?: boolean;
  }): { dossier_id: string; version: number; audit_seq: number; sha256: string; validation: { status: string; errors: number; warnings: number } };
  read(request: { dossier_id: string; actor: Actor; version?: number; at?: string }):
    { dossier_id: string; version: number; author: string; at: string; reason: string; dossier: any; withheld: number };
  history(request: { dossier_id: string; actor: Actor; at?: string; with_dossiers?: boolean }):
    { dossier_id: string; versions: Array<{ version: number; author: string; at: string; reason: string; sha256: string; dossier?: any }> };
  addStatement(request: { dossier_id: string; by: string; kind: 'correction' | 'own_statement'; concerns_item?: string; text: string; at?: string }):
    { dossier_id: string; version: number; statement_id: string; audit_seq: number };
  /** format "json" (default) gives an object, "text" a plain-language document. */
  export(request: { dossier_id: string; person: string; format?: 'json' | 'text'; language?: 'nl' | 'en'; at?: string }): any;
  /**
   * A person's request to destroy their data (art. 7.3.9 Jw): what is about only them is taken out of
   * every version; data about others stays. Throws E_DENIED (no right to ask, or a retention decision
   * in the dossier), E_BUSY (another reader; ask again). @since 1.3
   */
  requestDestruction(request: { dossier_id: string; requested_by: string; at?: string }): DestructionAnswer;
  /** @deprecated since 1.3: use requestDestruction(), which it calls. The field "exception" is refused since 1.3. */
  destroy(request: { dossier_id: string; requested_by: string; at?: string }): DestructionAnswer;
  verify(): { ok: boolean; entries: number; first_broken: number | null; problem: string; integrity: string; head: string };
  /** verify() against a head kept elsewhere (a commit's audit_head): also finds entries cut off the end. @since 1.2 */
  verifyHead(request: { expected_head: { seq: number; hash: string } }): { ok: boolean; entries: number; first_broken: number | null; problem: string; integrity: string; head: string };
  indicators(request?: { min_group?: number }): { dossiers: number; min_group: number; suppressed: boolean; [key: string]: unknown };
  /** Closes the store now; a FinalizationRegistry closes forgotten ones later. */
  delete(): void;
}

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
  /** Renders dossier-validation reports; each source's text is the dossier's JSON. @since 1.2 */
  renderDossiers(sources: RenderSource[], options?: RenderOptions): { output: string; highest: number };
  validateDossier(dossier: object | string | Uint8Array, options?: DossierValidateOptions): DossierReport;
  validateDossierJson(dossier: object | string | Uint8Array, options?: DossierValidateOptions): string;
  /** The part of a dossier one person may see (the store's rules). Throws E_DENIED when nothing. @since 1.3 */
  viewDossier(dossier: object | string | Uint8Array, request: DossierViewRequest): DossierView;
  /** The last day of a legal deadline, with its basis, label and steps; format 'text' gives text. @since 1.3 */
  procedureDeadline(request: DeadlineRequest & { format?: 'json' }): Deadline;
  procedureDeadline(request: DeadlineRequest & { format: 'text' }): string;
  procedureDeadlineJson(request: DeadlineRequest | string): string;
  /** Applies one event; a refusal is an answer ({applied: false, refusal}), not an error. @since 1.3 */
  applyProcedureEvent(instance: ProcedureInstance | string, event: ProcedureEvent | string,
                      options?: { spec?: object | string | Uint8Array }): ProcedureApplyAnswer;
  applyProcedureEventJson(instance: ProcedureInstance | string, event: ProcedureEvent | string,
                          options?: { spec?: object | string | Uint8Array }): string;
  /** Where the procedure stands: stages, next steps, running deadlines, rights. @since 1.3 */
  procedureState(instance: ProcedureInstance | string, options?: ProcedureStateOptions): ProcedureState;
  procedureStateJson(instance: ProcedureInstance | string, options?: ProcedureStateOptions): string;
  /** The list of shipped specifications, or one of them (as its JSON file). @since 1.3 */
  procedureSpec(): ProcedureSpecList;
  procedureSpec(name: string): Record<string, any>;
  procedureSpecJson(name?: string): string;
  /** Verifies a specification (a shipped name, or your own); format 'text' gives text. @since 1.3 */
  verifyProcedure(spec: string | object, options?: VerifyProcedureOptions & { format?: 'json' }): ProcedureVerification;
  verifyProcedure(spec: string | object, options: VerifyProcedureOptions & { format: 'text' }): string;
  verifyProcedureJson(spec: string | object, options?: VerifyProcedureOptions): string;
  /** A specification drawn as Graphviz dot or Mermaid. @since 1.3 */
  renderProcedure(spec: string | object, options: { format: 'dot' | 'mermaid'; language?: 'nl' | 'en'; highlight?: string[] }): string;
  /** A child's procedure built from a dossier's recorded decisions and measures. @since 1.3 */
  procedureFromDossier(dossier: object | string | Uint8Array, request: { child: string; today?: string }): ProcedureFromDossier;
  /** The letters a family member can send; with a party, which are offered to it and why not. @since 1.3 */
  letters(request?: { party?: ProcedureParty }): LetterList;
  lettersJson(request?: { party?: ProcedureParty } | string): string;
  /** One letter drafted for one party; throws E_DENIED when the party may not send it. @since 1.3 */
  letter(request: LetterRequest): LetterDraft;
  letterJson(request: LetterRequest | string): string;
  /** A new instance (no events) on a shipped specification, checked by the library. @since 1.3 */
  newProcedureInstance(options?: NewProcedureInstanceOptions): ProcedureInstance;
  /** A store in memory; it keeps this context alive, and delete() closes it. */
  openStore(options?: { busy_timeout_ms?: number }): Store;
  /** Releases the context (closing its stores first); a FinalizationRegistry releases forgotten ones later. */
  delete(): void;
}

export default Helder;
