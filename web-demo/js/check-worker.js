// SPDX-License-Identifier: EUPL-1.2
// Checks the writer's text with helder off the page's main thread, so typing never waits for a check.
// In:  {type: 'check', version, text, spelling, accept}
// Out: {type: 'ready'} | {type: 'dictionary', state: 'loading' | 'ready' | 'failed'}
//      {type: 'report', version, ms, report}   findings and sentences in UTF-16 offsets of `text`
//      {type: 'sentences', version, difficulty} each sentence's own difficulty score, in order
//      {type: 'failed', version, message}
// In:  {type: 'drawn', version}   the page has drawn that report's marks: now score its sentences
// Sentences are scored only after the marks are drawn, so that the scoring does not take the
// processor from the page while it draws; a newer check makes the older one's scoring stop.
import { Helder } from '../vendor/helder/helder.mjs';
import { utf16Index } from './utf8-offsets.js';

const encoder = new TextEncoder();
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
let plain = null;        // a context without dictionary
let speller = null;      // a context with Debian's Dutch dictionary, made when spelling is asked for
let latest = 0;          // the version of the newest check asked for
let toScore = null;      // the latest report's sentences, scored when the page has drawn its marks
// Each sentence's difficulty, by its text, for the accepted words it was scored with: while the
// writer types only the sentence being edited is scored again.
let sentenceScores = new Map();
let scoredWith = '';

// The first checks of a fresh module are slow (the engine compiles its hot code as it runs, and the
// module's memory grows on the first long text): after one short check the page is told it can
// check; then, until it asks, the worker checks a long text once and short ones after it, on the
// same path as a real check.
const WARM_UP = 'De moeder werd door de jeugdbeschermer gebeld. In het kader van de casus evalueren wij het plan. ';
const WARM_UP_ROUNDS = 16;
const WARM_UP_LONG = 250;  // times WARM_UP: about as long as a long report (5,000 words)
const ready = (async () => {
  plain = await Helder.create();
  checkNow(plain, WARM_UP.repeat(20), { spelling: false });
  postMessage({ type: 'ready' });
})();
ready.catch((err) => postMessage({ type: 'failed', version: 0, message: String(err?.message ?? err) }));
ready.then(async () => {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    await pause();
    if (latest) return;
    checkNow(plain, WARM_UP.repeat(i === 0 ? WARM_UP_LONG : 20), { spelling: false });
  }
}, () => {});

async function spellingContext() {
  if (!speller) {
    postMessage({ type: 'dictionary', state: 'loading' });
    speller = Helder.create({ spelling: true });
    speller.then(() => postMessage({ type: 'dictionary', state: 'ready' }),
                 () => { speller = null; postMessage({ type: 'dictionary', state: 'failed' }); });
  }
  return speller;
}

function toUtf16(report, index) {
  const at = (byte) => index[byte];
  return {
    meets_b1: report.meets_b1, b1: report.b1, scores: report.scores, counts: report.counts, truncated: report.truncated === true,
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, start: at(f.start), end: at(f.end), text: f.text,
                                            message: f.message, suggestions: f.suggestions })),
    sentences: (report.sentences ?? []).map((s) => ({ start: at(s.start), end: at(s.end), words: s.words })),
  };
}

/** The report of `text`, with detail, in UTF-16 offsets. */
function checkNow(helder, text, options) {
  return toUtf16(helder.checkText(encoder.encode(text), { ...options, detail: true }), utf16Index(text));
}

// Scores sentence by sentence (each checked alone), a few at a time, and gives up when a newer
// check has arrived.
async function scoreSentences(version, helder, text, sentences, options) {
  const key = JSON.stringify([options.spelling, options.accept_words]);
  if (key !== scoredWith) { sentenceScores = new Map(); scoredWith = key; }
  const difficulty = [];
  const kept = new Map();
  for (let i = 0; i < sentences.length; i++) {
    if (i % 40 === 39) {
      await pause();
      if (version !== latest) return;
    }
    const sentence = text.slice(sentences[i].start, sentences[i].end);
    let score = sentenceScores.get(sentence);
    if (score === undefined) score = helder.checkText(sentence, options).scores.difficulty;
    kept.set(sentence, score);
    difficulty.push(score);
  }
  sentenceScores = kept;
  postMessage({ type: 'sentences', version, difficulty });
}

async function check({ version, text, spelling, accept }) {
  await ready;
  if (version !== latest) return;
  const helder = spelling ? await spellingContext() : plain;
  if (version !== latest) return;
  const options = { spelling: Boolean(spelling), accept_words: accept };
  const started = performance.now();
  const report = checkNow(helder, text, options);
  toScore = { version, helder, text, sentences: report.sentences, options };
  postMessage({ type: 'report', version, ms: performance.now() - started, report });
}

onmessage = (e) => {
  if (e.data?.type === 'drawn') {
    const job = toScore;
    if (job?.version !== e.data.version || job.version !== latest) return;
    toScore = null;
    scoreSentences(job.version, job.helder, job.text, job.sentences, job.options)
      .catch((err) => postMessage({ type: 'failed', version: job.version, message: String(err?.message ?? err) }));
    return;
  }
  if (e.data?.type !== 'check') return;
  latest = e.data.version;
  check(e.data).catch((err) => postMessage({ type: 'failed', version: e.data.version, message: String(err?.message ?? err) }));
};
