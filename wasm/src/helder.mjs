// SPDX-License-Identifier: EUPL-1.2
// helder for JavaScript: libhelder's C API compiled to WebAssembly, with plain objects in and out.
// Nothing leaves the machine: the module, its data and the dictionary load from this package.
import createHelderCore from './helder-core.mjs';

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

// The package's own files, each named by a literal new URL('./…', import.meta.url): bundlers
// (Vite, webpack, Rollup with its URL plugin) recognise this form, copy the file into the build
// (under a hashed name) and rewrite the address; a page without a bundler and Node resolve it
// next to this module. The dictionary's files are only fetched when spelling is asked for.
const WASM_URL = new URL('./helder-core.wasm', import.meta.url);
const DICTIONARY_URLS = { aff: new URL('./dict/nl.aff', import.meta.url), dic: new URL('./dict/nl.dic', import.meta.url) };

// Marks on the page's performance timeline (names start with "helder:"), so that a page or a
// benchmark can see where loading takes its time (bench/web-budget.mjs). A mark of the same name
// replaces the previous one: creating many contexts does not fill the timeline.
function mark(name) {
  if (typeof performance !== 'object' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name);
}
mark('helder:module-evaluated');

// Node reads files from disk (its fetch does not take file: URLs); browsers fetch them.
const fromDisk = isNode && WASM_URL.protocol === 'file:';

async function fetchOk(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`helder: cannot load ${url}: HTTP ${response.status}`);
  return response;
}

// Bytes of one of the package's files.
async function packageFile(url) {
  if (fromDisk) {
    // Named through a variable, so that a bundler making a browser build leaves it alone.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
    return new Uint8Array(await readFile(url));
  }
  return new Uint8Array(await (await fetchOk(url)).arrayBuffer());
}

// Compiles and instantiates the module. A browser compiles while the bytes arrive
// (instantiateStreaming), which needs the server to send application/wasm; from any other
// server, or from bytes the caller hands in, it compiles them once they are all there.
async function instantiate(imports, wasmBinary) {
  if (wasmBinary || fromDisk || typeof WebAssembly.instantiateStreaming !== 'function') {
    const bytes = wasmBinary ?? (await packageFile(WASM_URL));
    mark('helder:wasm-fetched');
    return WebAssembly.instantiate(bytes, imports);
  }
  const response = await fetchOk(WASM_URL);
  mark('helder:wasm-response');
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm') return WebAssembly.instantiateStreaming(response, imports);
  // A server that answers every unknown address with its start page (a dev server, a single-page
  // app's fallback) has no module there: say so, rather than fail to compile a web page.
  if (type === 'text/html')
    throw new Error(`helder: ${WASM_URL} is a web page, not helder-core.wasm: the server does not have the file at that address (a bundler's dev server that pre-bundles dependencies moves this module away from it; see the package's README)`);
  const bytes = await response.arrayBuffer();
  mark('helder:wasm-fetched');
  return WebAssembly.instantiate(bytes, imports);
}

// Secure random numbers for the store's audit keys (lib/core/random.cc reads Module.helderCrypto,
// else globalThis.crypto): Node 18 has Web Crypto only as a module, not as a global.
async function nodeCrypto() {
  if (!isNode || typeof globalThis.crypto?.getRandomValues === 'function') return undefined;
  const cryptoModule = 'node:crypto';  // through a variable, like node:fs/promises above
  return (await import(/* @vite-ignore */ /* webpackIgnore: true */ cryptoModule)).webcrypto;
}

let corePromise = null;

// The WebAssembly module, instantiated once per JavaScript realm and shared by all contexts.
// Emscripten's loader would fetch the module itself; this one hands it the instance instead
// (instantiateWasm), so that the address above is the only one a bundler has to follow.
function loadCore(wasmBinary) {
  if (!corePromise) {
    corePromise = new Promise((resolve, reject) => {
      mark('helder:core-load-start');
      const instantiateWasm = (imports, receiveInstance) => {
        instantiate(imports, wasmBinary).then(({ instance, module }) => {
          mark('helder:wasm-compiled');
          receiveInstance(instance, module);
        }, reject);
        return {};  // the exports follow through receiveInstance
      };
      nodeCrypto().then((helderCrypto) => createHelderCore({ instantiateWasm, helderCrypto })).then((core) => {
        mark('helder:core-ready');
        resolve(core);
      }, reject);
    });
    corePromise.catch(() => { corePromise = null; });
  }
  return corePromise;
}

/** An error from libhelder: `status` is the helder_status number, `code` its name. */
export class HelderError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'HelderError';
    this.status = status;
    this.code = code;
  }
}

// The module is built for wasm32: a pointer and a size_t are one 4-byte word (HEAPU32). This is
// the platform's ABI; helder's own facts (status numbers, struct layouts, limits) come from
// helder_constants_json() and are never written here.
const WORD = 4;

// Memory from the module's malloc; a NULL (the module's memory is exhausted) becomes the
// E_NO_MEMORY HelderError, as in C, instead of writes through address 0.
function alloc(core, bytes) {
  const ptr = core._malloc(Math.max(1, bytes));
  if (!ptr) {
    const status = core.helderConstants?.status;
    if (!status) throw new Error(`helder: out of memory (${bytes} bytes)`);
    throw new HelderError(status.E_NO_MEMORY, 'E_NO_MEMORY', `out of memory: cannot pass ${bytes} bytes to the module`);
  }
  return ptr;
}

// Copies bytes into WebAssembly memory; returns the pointer (free it with core._free).
function copyIn(core, bytes) {
  const ptr = alloc(core, bytes.length);
  core.HEAPU8.set(bytes, ptr);
  return ptr;
}

// Reads the word at a byte address (a pointer or a size_t written by the C side).
const word = (core, address) => core.HEAPU32[address / WORD];

function bytesOf(value) {
  if (value == null) return new Uint8Array(0);
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return encoder.encode(value);
  return encoder.encode(JSON.stringify(value));
}

// Calls fn(inputPointers…, outPtr, outLenPtr) and returns the UTF-8 text helder handed out.
// The outputs are words at out (the text), out + WORD (its length) and out + (2 + k) * WORD.
function call(core, constants, fn, inputs, extraOut = 0) {
  const pointers = [];
  let out = 0;
  try {
    inputs.forEach((bytes) => pointers.push(copyIn(core, bytes)));
    out = alloc(core, (2 + extraOut) * WORD);
    core.HEAPU32.fill(0, out / WORD, out / WORD + 2 + extraOut);
    const args = [];
    inputs.forEach((bytes, i) => args.push(pointers[i], bytes.length));
    const status = fn(...args, out, out + WORD, ...Array.from({ length: extraOut }, (_, k) => out + (2 + k) * WORD));
    if (status !== constants.status.OK) throw errorFor(core, constants, status);
    const ptr = word(core, out);
    const len = word(core, out + WORD);
    let text;
    try {
      text = decoder.decode(core.HEAPU8.subarray(ptr, ptr + len));
    } finally {
      core._helder_free(ptr);
    }
    const extras = Array.from({ length: extraOut }, (_, k) => word(core, out + (2 + k) * WORD));
    return { text, extras };
  } finally {
    pointers.forEach((p) => core._free(p));
    if (out) core._free(out);
  }
}

function errorFor(core, constants, status) {
  const message = core.UTF8ToString(core._helder_last_error());
  const code = Object.keys(constants.status).find((k) => constants.status[k] === status) ?? 'UNKNOWN';
  return new HelderError(status, code, message || core.UTF8ToString(core._helder_status_string(status)));
}

// The constants themselves: before they are read no status number is known, so success is
// recognised by the output (a NULL pointer on any failure), not by comparing the status.
function readConstants(core) {
  const out = alloc(core, 2 * WORD);
  try {
    core.HEAPU32.fill(0, out / WORD, out / WORD + 2);
    const status = core._helder_constants_json(out, out + WORD);
    const ptr = word(core, out);
    if (!ptr) throw new Error(`helder: cannot read the constants (status ${status})`);
    const len = word(core, out + WORD);
    const json = decoder.decode(core.HEAPU8.subarray(ptr, ptr + len));
    core._helder_free(ptr);
    const constants = deepFreeze(JSON.parse(json));
    // renderText() writes helder_text_source field by field, one word each.
    const layout = constants.text.source_struct;
    if (!['size', 'uri', 'text', 'text_len', 'report_json', 'report_len'].every((k) => Number.isInteger(layout?.[k]) && layout[k] % WORD === 0))
      throw new Error(`helder: helder_text_source is not laid out in ${WORD}-byte words: ${JSON.stringify(layout)}`);
    return constants;
  } finally {
    core._free(out);
  }
}

function deepFreeze(value) {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

// A HelderError raised by the wrapper itself, with the status number the library gives the code.
function wrapperError(constants, code, message) {
  return new HelderError(constants.status[code], code, message);
}

// Destroys contexts that were garbage-collected without delete().
const registry = new FinalizationRegistry(({ core, ctx, counter }) => {
  core._helder_ctx_destroy(ctx);
  counter.live -= 1;
});
const liveCounter = { live: 0 };

let dictionaryCount = 0;

/** A loaded helder context: the API of include/helder/helder.h for JavaScript. */
export class Helder {
  #core;
  #ctx;
  #token = {};
  #stores = new Set();  // WeakRefs to the stores opened here, closed before the context is destroyed

  /**
   * Loads the WebAssembly module (once) and creates a context.
   * options: {spelling: true | {aff, dic} (Uint8Array or string), accept_words, extra_terms,
   *           wasmBinary} — the dictionary loads only when spelling is asked for.
   */
  static async create(options = {}) {
    mark('helder:create-start');
    const core = await loadCore(options.wasmBinary);
    const constants = core.helderConstants ?? (core.helderConstants = readConstants(core));
    mark('helder:constants-read');
    const ctxOptions = {};
    if (options.accept_words) ctxOptions.accept_words = options.accept_words;
    if (options.extra_terms) ctxOptions.extra_terms = options.extra_terms;
    if (options.spelling) ctxOptions.dictionary = await installDictionary(core, options.spelling);
    const optionBytes = bytesOf(ctxOptions);
    let out = 0, optionPtr = 0;
    try {
      out = alloc(core, WORD);
      optionPtr = copyIn(core, optionBytes);
      const status = core._helder_ctx_create(optionPtr, optionBytes.length, out);
      if (status !== constants.status.OK) throw errorFor(core, constants, status);
      mark('helder:context-created');
      return new Helder(core, word(core, out));
    } finally {
      if (optionPtr) core._free(optionPtr);
      if (out) core._free(out);
    }
  }

  /** Contexts created and not yet destroyed, in this realm (for tests and leak hunting). */
  static get liveContexts() {
    return liveCounter.live;
  }

  constructor(core, ctx) {
    this.#core = core;
    this.#ctx = ctx;
    liveCounter.live += 1;
    registry.register(this, { core, ctx, counter: liveCounter }, this.#token);
  }

  #alive() {
    if (!this.#ctx) throw wrapperError(this.#core.helderConstants, 'E_INVALID_ARGUMENT', 'helder: this context was deleted');
    return this.#core;
  }

  /** The library version, e.g. "1.1.0". */
  get version() {
    return this.#alive().UTF8ToString(this.#core._helder_version_string());
  }

  /** Every constant of the C API (status codes, severities, rules, limits), as in helder_constants_json(). */
  get constants() {
    return this.#alive().helderConstants;
  }

  /** Checks Dutch text (a string, or UTF-8 bytes); returns the report as an object. */
  checkText(text, options = {}) {
    return JSON.parse(this.checkTextJson(text, options));
  }

  /** Checks Dutch text; returns the report as the exact JSON text the C API returns. */
  checkTextJson(text, options = {}) {
    return this.#report('_helder_text_check', text, options);
  }

  // Calls a C function shaped (ctx, input, len, options, options_len, out, out_len) -> report.
  #report(name, input, options) {
    const core = this.#alive();
    const ctx = this.#ctx;
    return call(core, core.helderConstants, (i, il, o, ol, out, outLen) => core[name](ctx, i, il, o, ol, out, outLen),
      [bytesOf(input), bytesOf(options)]).text;
  }

  /**
   * Renders text-check reports as text, JSON or SARIF. sources: [{uri, text, report}] where report
   * is the object or JSON text from checkText(Json). Returns {output, highest} (highest: a severity number).
   */
  renderText(sources, options = {}) {
    return this.#render('_helder_text_render', sources, options);
  }

  /**
   * Renders dossier-validation reports as text, JSON or SARIF. sources: [{uri, text, report}] where
   * text is the dossier's JSON and report the object or JSON text from validateDossier(Json).
   */
  renderDossiers(sources, options = {}) {
    return this.#render('_helder_dossier_render', sources, options);
  }

  #render(name, sources, options) {
    const core = this.#alive();
    // helder_text_source as this build's compiler laid it out: size is sizeof, and uri, text,
    // text_len, report_json, report_len are byte offsets; struct_size is the first member, at
    // offset 0 as C requires. Every field is one word (a pointer or a size_t).
    const layout = core.helderConstants.text.source_struct;
    const allocated = [];
    try {
      const array = alloc(core, sources.length * layout.size);
      allocated.push(array);
      core.HEAPU8.fill(0, array, array + sources.length * layout.size);
      sources.forEach((s, i) => {
        const uri = bytesOf(`${s.uri ?? ''}\0`), text = bytesOf(s.text), report = bytesOf(s.report);
        const [u, t, r] = [uri, text, report].map((b) => { const p = copyIn(core, b); allocated.push(p); return p; });
        const base = array + i * layout.size;
        const put = (offset, value) => { core.HEAPU32[(base + offset) / WORD] = value; };
        put(0, layout.size);  // struct_size
        put(layout.uri, s.uri == null ? 0 : u);
        put(layout.text, t);
        put(layout.text_len, text.length);
        put(layout.report_json, r);
        put(layout.report_len, report.length);
      });
      const { text, extras } = call(core, core.helderConstants,
        (o, ol, out, outLen, highest) => core[name](array, sources.length, o, ol, out, outLen, highest),
        [bytesOf(options)], 1);
      return { output: text, highest: extras[0] };
    } finally {
      allocated.forEach((p) => core._free(p));
    }
  }

  /** Validates a family dossier (an object, JSON text or UTF-8 bytes); returns the report object. */
  validateDossier(dossier, options = {}) {
    return JSON.parse(this.validateDossierJson(dossier, options));
  }

  /** Validates a family dossier; returns the report as the exact JSON text the C API returns. */
  validateDossierJson(dossier, options = {}) {
    return this.#report('_helder_dossier_validate', dossier, options);
  }

  /**
   * The part of a dossier one person may see, by the same rules the store applies (docs/store.md).
   * request: {reader: {kind: 'member' | 'professional', id}, date: 'YYYY-MM-DD'}. Returns
   * {dossier, withheld, rules, items_withheld, parts_withheld, ...}; throws a HelderError with
   * code 'E_DENIED' when the reader may see nothing (the message says why, with the article).
   */
  viewDossier(dossier, request) {
    return JSON.parse(this.#report('_helder_dossier_view', dossier, request));
  }

  /**
   * The last day of a legal deadline (helder_procedure_deadline): request {kind, from, party?,
   * today?, format?, language?}. Returns {kind, from, due, basis, label, atw_applies, steps,
   * warnings, …}; with format 'text' the plain-language text. @since 1.3
   */
  procedureDeadline(request) {
    const text = this.procedureDeadlineJson(request);
    return text.startsWith('{') ? JSON.parse(text) : text;
  }

  /** procedureDeadline(), as the exact text the C API returns. @since 1.3 */
  procedureDeadlineJson(request) {
    const core = this.#alive();
    return call(core, core.helderConstants, (r, rl, out, outLen) => core._helder_procedure_deadline(r, rl, out, outLen), [bytesOf(request)]).text;
  }

  /**
   * Applies one event ({event, date, actor?, facts?}) to a child's procedure (an instance: an
   * object or JSON text, e.g. from newProcedureInstance() or the last answer's "instance").
   * Returns {applied, refusal, spec, stages, instance}: a refused event is an answer, not an
   * error (refusal.reasons name each missing safeguard). options.spec: a specification of your
   * own (object or JSON text); without it, the shipped one the instance names. @since 1.3
   */
  applyProcedureEvent(instance, event, options = {}) {
    return JSON.parse(this.applyProcedureEventJson(instance, event, options));
  }

  /** applyProcedureEvent(), as the exact JSON text the C API returns. @since 1.3 */
  applyProcedureEventJson(instance, event, { spec } = {}) {
    return this.#instanceCall('_helder_procedure_apply', spec, instance, event);
  }

  /**
   * Where a child's procedure stands: stages, facts, next steps with their guards, running
   * deadlines and each party's rights and helpers. options {today?, party?, spec?}. @since 1.3
   */
  procedureState(instance, options = {}) {
    return JSON.parse(this.procedureStateJson(instance, options));
  }

  /** procedureState(), as the exact JSON text the C API returns. @since 1.3 */
  procedureStateJson(instance, { spec, ...query } = {}) {
    return this.#instanceCall('_helder_procedure_state', spec, instance, query);
  }

  // Calls a C function shaped (ctx, spec, spec_len, instance, instance_len, arg, arg_len, out, out_len).
  #instanceCall(name, spec, instance, arg) {
    const core = this.#alive();
    const ctx = this.#ctx;
    // No spec: length 0, which the C API reads as "the shipped specification the instance names".
    return call(core, core.helderConstants,
      (s, sl, i, il, a, al, out, outLen) => core[name](ctx, s, sl, i, il, a, al, out, outLen),
      [bytesOf(spec), bytesOf(instance), bytesOf(arg)]).text;
  }

  /**
   * A shipped procedure specification ('law', 'toekomstscenario', or its id) as an object, or
   * without a name the list {specifications: [{name, id, version, kind, title}]}. @since 1.3
   */
  procedureSpec(name) {
    return JSON.parse(this.procedureSpecJson(name));
  }

  /** procedureSpec(), as the exact JSON text the C API returns. @since 1.3 */
  procedureSpecJson(name) {
    const core = this.#alive();
    const ctx = this.#ctx;
    if (name == null)
      return call(core, core.helderConstants, (out, outLen) => core._helder_procedure_spec(ctx, 0, out, outLen), []).text;
    return call(core, core.helderConstants, (n, nl, out, outLen) => core._helder_procedure_spec(ctx, n, out, outLen),
      [bytesOf(`${name}\0`)]).text;
  }

  /**
   * Verifies a procedure specification (helder_procedure_verify): explores every state it can
   * reach and proves its properties. spec: a shipped name ('law', 'toekomstscenario') or a
   * specification (object or JSON text). options {max_states?, format?, language?}. Returns
   * {ok, states, edges, properties: [{id, ok, findings: [{…, path}]}], …}; with format 'text'
   * the plain-language text. @since 1.3
   */
  verifyProcedure(spec, options = {}) {
    const text = this.verifyProcedureJson(spec, options);
    return text.startsWith('{') ? JSON.parse(text) : text;
  }

  /** verifyProcedure(), as the exact text the C API returns. @since 1.3 */
  verifyProcedureJson(spec, options = {}) {
    return this.#specCall('_helder_procedure_verify', spec, options);
  }

  /**
   * Draws a procedure specification (helder_procedure_render) as Graphviz dot or Mermaid text:
   * options {format: 'dot' | 'mermaid', language?, highlight?: [stage ids]}. @since 1.3
   */
  renderProcedure(spec, options) {
    return this.#specCall('_helder_procedure_render', spec, options);
  }

  // Calls a C function shaped (spec, spec_len, options, options_len, out, out_len); spec is a
  // shipped name or a specification (an object is passed as its JSON).
  #specCall(name, spec, options) {
    const core = this.#alive();
    return call(core, core.helderConstants, (s, sl, o, ol, out, outLen) => core[name](s, sl, o, ol, out, outLen),
      [bytesOf(spec), bytesOf(options)]).text;
  }

  /**
   * One child's procedure as a dossier records it (helder_procedure_from_dossier): request
   * {child: a member id, today?}. Returns {instance (pass it to procedureState()), sources, notes,
   * deadlines, …}. @since 1.3
   */
  procedureFromDossier(dossier, request) {
    return JSON.parse(this.#report('_helder_procedure_from_dossier', dossier, request));
  }

  /**
   * The letters a family member can send (helder_letter_list): request {party?}. Returns
   * {party, letters: [{id, title, purpose, recipient, right, deadline, parties, fields: [{name,
   * type, label}], law}]}; with a party each letter also says whether it is offered to that party
   * and, if not, why not (refusal {nl, en}). @since 1.3
   */
  letters(request = {}) {
    return JSON.parse(this.lettersJson(request));
  }

  /** letters(), as the exact JSON text the C API returns. @since 1.3 */
  lettersJson(request = {}) {
    return this.#letterCall('_helder_letter_list', request);
  }

  /**
   * One letter drafted for one party (helder_letter_draft): request {letter, party, date?, sender?,
   * organisation?, court?, child?, reference?, directive_date?, directive_about?, hearing_date?,
   * details?, wish?, statement?, late_reason?}. Returns {text: {nl (the letter), en (the reading
   * aid)}, subject, blanks, law, deadline, notes, …}; what the request leaves out is a marked blank.
   * Throws a HelderError with code 'E_DENIED' when the party may not send the letter. @since 1.3
   */
  letter(request) {
    return JSON.parse(this.letterJson(request));
  }

  /** letter(), as the exact JSON text the C API returns. @since 1.3 */
  letterJson(request) {
    return this.#letterCall('_helder_letter_draft', request);
  }

  // Calls a C function shaped (ctx, request, request_len, out, out_len).
  #letterCall(name, request) {
    const core = this.#alive();
    const ctx = this.#ctx;
    return call(core, core.helderConstants, (r, rl, out, outLen) => core[name](ctx, r, rl, out, outLen), [bytesOf(request)]).text;
  }

  /**
   * A new procedure instance (no events yet) for one child on a shipped specification:
   * options {spec: 'law' | 'toekomstscenario' (default 'law'), child: {id?, birthDate?}}. The
   * specification's id and version come from the library; the library checks the result, so an
   * unknown specification or a birth date that does not exist throws a HelderError. @since 1.3
   */
  newProcedureInstance({ spec = 'law', child = {} } = {}) {
    const { id, version } = this.procedureSpec(spec);
    const instance = {
      format: 'helder-procedure-instance',
      format_version: this.#alive().helderConstants.procedure.instance_format,
      spec: { id, version },
      child: {},
      events: [],
    };
    if (child.id != null) instance.child.id = child.id;
    if (child.birthDate != null) instance.child.birth_date = child.birthDate;
    this.procedureStateJson(instance, { today: '2000-01-01', party: 'other_adult' });
    return instance;
  }

  /**
   * Opens a dossier store in memory (nothing is written anywhere; it is gone with the page).
   * options: {busy_timeout_ms}. The store keeps this context alive; delete() closes it.
   */
  openStore(options = {}) {
    const core = this.#alive();
    const optionBytes = bytesOf(options);
    const allocated = [];
    try {
      const out = alloc(core, WORD);
      allocated.push(out);
      const path = copyIn(core, encoder.encode(':memory:\0'));
      allocated.push(path);
      const optionPtr = copyIn(core, optionBytes);
      allocated.push(optionPtr);
      const status = core._helder_store_open(this.#ctx, path, optionPtr, optionBytes.length, out);
      if (status !== core.helderConstants.status.OK) throw errorFor(core, core.helderConstants, status);
      const store = new Store(core, this, word(core, out));
      this.#stores.add(new WeakRef(store));
      return store;
    } finally {
      allocated.forEach((p) => core._free(p));
    }
  }

  /** Releases the context now (the garbage collector would do it later), after closing its stores. Safe to call twice. */
  delete() {
    if (!this.#ctx) return;
    for (const ref of this.#stores) ref.deref()?.delete();
    this.#stores.clear();
    registry.unregister(this.#token);
    this.#core._helder_ctx_destroy(this.#ctx);
    this.#ctx = 0;
    liveCounter.live -= 1;
  }
}

// Closes stores that were garbage-collected without delete(). A store never uses its context
// while closing, so the order in which a store and its context are collected does not matter.
const storeRegistry = new FinalizationRegistry(({ core, handle, counter }) => {
  core._helder_store_close(handle);
  counter.live -= 1;
});
const liveStoreCounter = { live: 0 };
const storeOperations = {
  read: '_helder_store_read', history: '_helder_store_history', add_statement: '_helder_store_add_statement',
  export: '_helder_store_export', request_destruction: '_helder_store_request_destruction',
  destroy: '_helder_store_request_destruction',  // the deprecated name of 1.1 and 1.2: the same C function
  indicators: '_helder_store_indicators',
  verify_head: '_helder_store_verify_head',
};

/**
 * A dossier store in memory (include/helder/store.h): every version with author, time and
 * reason, an audit chain, access rules, the export for inspection, statements and destruction.
 * Requests and answers are the JSON objects of the C API; a refused request throws HelderError
 * (code E_CONFLICT, E_DENIED, E_NOT_FOUND, E_INVALID_JSON, …).
 */
export class Store {
  #core;
  #helder;  // keeps the context alive while the store is
  #handle;
  #token = {};

  constructor(core, helder, handle) {
    this.#core = core;
    this.#helder = helder;
    this.#handle = handle;
    liveStoreCounter.live += 1;
    storeRegistry.register(this, { core, handle, counter: liveStoreCounter }, this.#token);
  }

  /** Stores open and not yet closed, in this realm (for tests and leak hunting). */
  static get liveStores() {
    return liveStoreCounter.live;
  }

  /**
   * Runs one operation of the C API (helder_store_<operation>) and returns its answer exactly
   * as the C API hands it out: JSON text (or the plain-language text of a text export).
   * operation: 'commit' (give the dossier), 'read', 'history', 'add_statement', 'export',
   * 'request_destruction' ('destroy' is its old name), 'verify', 'verify_head' or 'indicators'.
   */
  json(operation, request, dossier) {
    if (!this.#handle) throw wrapperError(this.#core.helderConstants, 'E_INVALID_ARGUMENT', 'helder: this store was closed');
    const core = this.#core;
    const handle = this.#handle;
    if (operation === 'commit')
      return call(core, core.helderConstants, (d, dl, r, rl, out, outLen) => core._helder_store_commit(handle, d, dl, r, rl, out, outLen),
        [bytesOf(dossier), bytesOf(request)]).text;
    if (operation === 'verify')
      return call(core, core.helderConstants, (out, outLen) => core._helder_store_verify(handle, out, outLen), []).text;
    const fn = storeOperations[operation];
    if (!fn) throw wrapperError(core.helderConstants, 'E_INVALID_ARGUMENT', `helder: no store operation ${operation}`);
    return call(core, core.helderConstants, (r, rl, out, outLen) => core[fn](handle, r, rl, out, outLen), [bytesOf(request)]).text;
  }

  /** Stores a new version: request {expected_version, author, reason, dossier_id?, allow_invalid?}. */
  commit(dossier, request) { return JSON.parse(this.json('commit', request, dossier)); }
  /** A dossier as an actor may see it: request {dossier_id, actor: {kind, id}, version?}. */
  read(request) { return JSON.parse(this.json('read', request)); }
  /** Every version, for an involved professional: request {dossier_id, actor, with_dossiers?}. */
  history(request) { return JSON.parse(this.json('history', request)); }
  /** A correction or own statement beside the original: request {dossier_id, by, kind, concerns_item?, text}. */
  addStatement(request) { return JSON.parse(this.json('add_statement', request)); }
  /**
   * Everything about one person: an object (format "json") or a plain-language document (format
   * "text"). request {dossier_id, actor: {kind, id}, person? (default: the actor), format?, language?}:
   * the person themselves, a member who may read about them or an involved professional.
   */
  export(request) {
    const text = this.json('export', request);
    return text.startsWith('{') ? JSON.parse(text) : text;
  }
  /**
   * A person's request to destroy their data (art. 7.3.9 Jw): request {dossier_id, requested_by}.
   * Answer {outcome: 'erased' | 'needs_review', due: {date, article, label, what}, message: {nl, en}, …};
   * a refusal throws E_DENIED, another reader of the store E_BUSY (ask again). @since 1.3
   */
  requestDestruction(request) { return JSON.parse(this.json('request_destruction', request)); }
  /** @deprecated since 1.3: requestDestruction(), which it calls. */
  destroy(request) { return this.requestDestruction(request); }
  /** Checks the audit chain and every stored version: {ok, entries, first_broken, problem, integrity, head}. */
  verify() { return JSON.parse(this.json('verify')); }
  /**
   * Checks the chain against a head kept elsewhere (every commit answers with its audit_head), so
   * that entries cut off the end are found too: request {expected_head: {seq, hash}}.
   */
  verifyHead(request) { return JSON.parse(this.json('verify_head', request)); }
  /** Anonymous indicators across the store: request {min_group?}. */
  indicators(request = {}) { return JSON.parse(this.json('indicators', request)); }

  /** Closes the store now (the garbage collector would do it later). Safe to call twice. */
  delete() {
    if (!this.#handle) return;
    storeRegistry.unregister(this.#token);
    this.#core._helder_store_close(this.#handle);
    this.#handle = 0;
    this.#helder = null;
    liveStoreCounter.live -= 1;
  }
}

// Writes a Hunspell dictionary into the module's in-memory file system (Hunspell 1.7 reads
// only from paths) and returns the context option that names it.
async function installDictionary(core, spelling) {
  if (spelling === true) {
    if (!core.FS.analyzePath('/helder/dict/nl.dic').exists) {
      const [aff, dic] = await Promise.all([packageFile(DICTIONARY_URLS.aff), packageFile(DICTIONARY_URLS.dic)]);
      core.FS.mkdirTree('/helder/dict');
      core.FS.writeFile('/helder/dict/nl.aff', aff);
      core.FS.writeFile('/helder/dict/nl.dic', dic);
    }
    return { aff: '/helder/dict/nl.aff', dic: '/helder/dict/nl.dic' };
  }
  const dir = `/helder/custom/${++dictionaryCount}`;
  core.FS.mkdirTree(dir);
  core.FS.writeFile(`${dir}/d.aff`, bytesOf(spelling.aff));
  core.FS.writeFile(`${dir}/d.dic`, bytesOf(spelling.dic));
  return { aff: `${dir}/d.aff`, dic: `${dir}/d.dic` };
}

export default Helder;
