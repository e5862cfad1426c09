// SPDX-License-Identifier: EUPL-1.2
// Schrijfhulp in Debian's Chromium, as a writer uses it: marks on the right spans, a suggestion
// applied, a finding ignored, a word allowed, the keyboard alone, typing into a long report,
// spelling on request (the dictionary loads only then), requests only to the page's own origin,
// axe-core with findings shown, the quick exit and forgetting everything.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { site, launch, openPage, watchedPage, foreignRequests, tabTo, axe, OUTPUT } from './browser.mjs';
import { longReport } from '../tools/long-report.mjs';

let server;
let browser;
let url;
before(async () => { server = await site(); browser = await launch(); url = `${server.url}schrijfhulp.html`; });
after(async () => { await browser?.close(); await server?.close(); });

// One passive phrase, one long sentence (31 words) and one jargon word, and nothing else.
const PASSIVE = 'werd gisteren door de moeder besproken';
const LONG = 'Op maandag gingen wij samen met de moeder en de twee kinderen naar de markt in de stad om daar fruit en brood en kaas te kopen voor het hele weekend.';
const THREE = `Het plan ${PASSIVE}. ${LONG} Daarna spraken wij over de casus.`;
// A sentence harder than B1 by helder's difficulty score.
const HARD = 'In het kader van de ondertoezichtstelling is er sprake van een situatie waarin de jeugdbeschermer afspraken maakt.';

/** Puts text in the text box as a paste does, and waits until its check is drawn. */
async function paste(page, text) {
  await page.fill('#text', text);
  await settled(page);
}

async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.state === 'idle');
}

/** Each finding's marked text in the mirror (a mark cut in pieces is joined), by rule. */
function marks(page) {
  return page.$$eval('#mirror [data-finding]', (nodes) => {
    const byId = new Map();
    for (const n of nodes) {
      const rule = [...n.classList].find((c) => c.startsWith('mk-')).slice(3);
      const entry = byId.get(n.dataset.finding) ?? { rule, text: '' };
      entry.text += n.textContent;
      byId.set(n.dataset.finding, entry);
    }
    return [...byId.values()].map((e) => `${e.rule}: ${e.text}`).sort();
  });
}

/** The mirror holds exactly the text box's text (a block per line), so every mark lies on the words it names. */
async function assertMirrorMatches(page) {
  const { mirror, value } = await page.evaluate(() => ({
    mirror: [...document.querySelector('#mirror').children].map((line) => line.textContent.replace(/^\u200b$/, '')).join('\n'),
    value: document.querySelector('#text').value,
  }));
  assert.equal(mirror.length, value.length);
  assert.ok(mirror === value, 'the mirror shows the text box\'s text');
}

/**
 * A screenshot of the whole page. The list's items out of sight are not drawn until they are
 * scrolled to (content-visibility); a picture of the whole page draws them all first.
 */
async function screenshot(page, name) {
  await page.evaluate(() => { for (const li of document.querySelectorAll('#findings li')) li.style.contentVisibility = 'visible'; });
  await page.screenshot({ path: join(OUTPUT, name), fullPage: true });
}

const item = (page, rule, hasText) => page.locator(`#findings li.f-${rule}`, hasText ? { hasText } : {});

test('a passive phrase, a long sentence and a jargon word are marked on exactly their spans', async () => {
  const page = await openPage(browser, url);
  await paste(page, THREE);
  assert.deepEqual(await marks(page), [`jargon: casus`, `long_sentence: ${LONG}`, `passive: ${PASSIVE}`].sort());
  await assertMirrorMatches(page);
  assert.equal(await page.textContent('#findings-count'), '(3)');
  assert.equal(await page.textContent('#verdict'), 'Deze tekst is nog niet op taalniveau B1.');
  // The scores, and each sentence's own difficulty where the caret is.
  assert.match(await page.textContent('.scores'), /Woorden\s*45/);
  assert.match(await page.textContent('.scores'), /Zinnen\s*3/);
  await page.waitForFunction(() => document.body.dataset.sentences !== undefined);
  await page.evaluate((at) => document.querySelector('#text').setSelectionRange(at, at), THREE.indexOf('markt'));
  await page.focus('#text');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('#here'), /^Zin 2: moeilijkheid \d+ \(voor B1 hoogstens 50\), 31 woorden\.$/);
  // Hovering the jargon word shows its explanation and plain words.
  const box = await page.locator('#mirror [data-finding]', { hasText: /^casus$/ }).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('#findings li.f-jargon .finding-detail:not([hidden])');
  assert.match(await item(page, 'jargon').textContent(), /‘casus’ is een vakwoord\..*Gebruik ‘situatie’/s);
  assert.equal(await page.getAttribute('#mirror .mk-jargon', 'class'), 'mk mk-jargon active');
  assert.deepEqual(page.errors, []);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `schrijfhulp-${width}.png`);
  }
  await page.context().close();
});

test('applying a plain word replaces the span and checks again; ignoring removes a mark; a word can be allowed', async () => {
  const page = await openPage(browser, url);
  await paste(page, THREE);
  await item(page, 'jargon').locator('.finding-head').click();
  await item(page, 'jargon').getByRole('button', { name: 'Gebruik ‘situatie’' }).click();
  assert.equal(await page.inputValue('#text'), THREE.replace('de casus.', 'de situatie.'));
  await settled(page);
  assert.deepEqual(await marks(page), [`long_sentence: ${LONG}`, `passive: ${PASSIVE}`].sort());
  assert.match(await page.textContent('#status'), /Uw tekst is aangepast\./);
  await assertMirrorMatches(page);

  // Ignore the passive phrase: its mark goes, the text stays, and it can be shown again.
  await item(page, 'passive').locator('.finding-head').click();
  await item(page, 'passive').getByRole('button', { name: 'Sla dit punt over' }).click();
  assert.deepEqual(await marks(page), [`long_sentence: ${LONG}`]);
  assert.equal(await page.inputValue('#text'), THREE.replace('de casus.', 'de situatie.'));
  // It stays ignored after the next check (here: the writer types a sentence).
  await page.focus('#text');
  await page.keyboard.press('End');
  await page.keyboard.type(' De casus is lastig.');
  await settled(page);
  assert.deepEqual(await marks(page), ['jargon: casus', `long_sentence: ${LONG}`].sort());
  await page.click('#show-ignored');
  assert.equal((await marks(page)).length, 3);

  // Allow "casus" for the whole text: the word is passed to helder with every later check.
  await item(page, 'jargon').locator('.finding-head').click();
  await item(page, 'jargon').getByRole('button', { name: '‘casus’ is goed in deze tekst' }).click();
  await settled(page);
  assert.deepEqual(await marks(page), [`long_sentence: ${LONG}`, `passive: ${PASSIVE}`].sort());
  await page.focus('#text');
  await page.keyboard.press('End');
  await page.keyboard.type(' Nog een casus.');
  await settled(page);
  assert.ok(!(await marks(page)).some((x) => x.startsWith('jargon')), 'an allowed word stays allowed');
  await page.click('#accepted button');
  await settled(page);
  assert.equal((await marks(page)).filter((x) => x === 'jargon: casus').length, 2, 'checked again when no longer allowed');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a difficult word is marked with its reason and a plain word; once explained in the text it is left alone', async () => {
  const page = await openPage(browser, url);
  await paste(page, 'Wij willen dit inbedden in de wijk. Er is veel steun.');
  assert.deepEqual(await marks(page), ['difficult_word: inbedden']);
  await item(page, 'difficult_word').locator('.finding-head').click();
  assert.match(await item(page, 'difficult_word').locator('.finding-head').textContent(), /Moeilijk woord/);
  assert.match(await item(page, 'difficult_word').locator('.message').textContent(), /‘inbedden’ is een stijf woord\./);
  await item(page, 'difficult_word').getByRole('button', { name: 'Gebruik ‘een vaste plek geven’' }).click();
  assert.equal(await page.inputValue('#text'), 'Wij willen dit een vaste plek geven in de wijk. Er is veel steun.');
  await settled(page);
  assert.deepEqual(await marks(page), []);
  // A loanword the text explains in brackets is not a finding.
  await paste(page, 'Wij praten over governance (hoe wij samen beslissen) in de wijk.');
  assert.deepEqual(await marks(page), []);
  await paste(page, 'Wij praten over governance in de wijk.');
  assert.deepEqual(await marks(page), ['difficult_word: governance']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('with the keyboard alone: tab to a finding, read its explanation, move with the arrows, apply a plain word', async () => {
  const page = await openPage(browser, url);
  await tabTo(page, '#text');
  await page.keyboard.insertText(THREE);
  await settled(page);
  await tabTo(page, '.finding-head');
  const first = await page.evaluate(() => document.activeElement.closest('li').className);
  assert.equal(first, 'finding f-passive');
  assert.equal(await page.getAttribute('#findings li.f-passive .finding-head', 'aria-expanded'), 'true');
  assert.ok(await page.isVisible('#findings li.f-passive .finding-detail'));
  assert.match(await item(page, 'passive').locator('.message').textContent(), /^Hier staat pas laat wie het doet\. Begin met wie het doet/);
  assert.equal(await page.getAttribute('#mirror .mk-passive', 'class'), 'mk mk-passive active');
  // The list is one tab stop; the arrows move to the long sentence, then to the jargon word.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li').className), 'finding f-jargon');
  assert.ok(!(await page.isVisible('#findings li.f-passive .finding-detail')), 'the previous explanation closes');
  assert.match(await item(page, 'jargon').locator('.message').textContent(), /‘casus’ is een vakwoord\./);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Gebruik ‘situatie’');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('#text'), THREE.replace('de casus.', 'de situatie.'));
  await settled(page);
  assert.ok(await page.evaluate(() => document.activeElement.matches('.finding-head')), 'the focus stays in the list');
  // A sentence harder than B1 is listed, reached the same way; Enter selects it in the text box.
  await tabTo(page, '#text');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${HARD}`);
  await settled(page);
  await page.waitForSelector('ol.sentences button');
  await tabTo(page, 'button.sentence');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Zin 4: moeilijkheid \d+ \(voor B1 hoogstens 50\), 17 woorden\./);
  await page.keyboard.press('Enter');
  const selected = await page.evaluate(() => { const t = document.activeElement; return t.value.slice(t.selectionStart, t.selectionEnd); });
  assert.equal(selected, HARD);
  await page.keyboard.press('Escape');
  await page.waitForURL(/neutral\.html$/);
  await page.context().close();
});

test('typing into a 5,000-word report drops no keystroke, and the marks follow the newest text', async () => {
  const page = await openPage(browser, url);
  const report = longReport(5000);
  await paste(page, report);
  assert.ok(Number((await page.textContent('.scores')).match(/Woorden\s*([\d.]+)/)[1].replace('.', '')) >= 5000);
  // The marks out of view and the list's later items come a few at a time after the first frame.
  await page.waitForSelector('#mirror[data-drawn="all"]');
  const count = (await marks(page)).length;
  assert.ok(count > 500, 'a long report has many marks');
  await page.waitForFunction((n) => document.querySelectorAll('#findings li').length === n, count);
  assert.equal(await page.textContent('#findings-count'), `(${count})`);
  await page.waitForFunction(() => document.body.dataset.sentences !== undefined, null, { timeout: 60000 });
  await page.focus('#text');
  await page.evaluate(() => { const t = document.querySelector('#text'); t.setSelectionRange(t.value.length, t.value.length); });
  const typed = '\n\nDe moeder werd door de jeugdbeschermer gebeld over de casus, en daarna spraken wij met de school.';
  await page.keyboard.type(typed);
  assert.equal(await page.inputValue('#text'), report + typed);
  // A sentence in the middle, too: the text after it moves, its marks with it.
  const middle = report.indexOf('\n\n', report.length / 2);
  await page.evaluate((at) => document.querySelector('#text').setSelectionRange(at, at), middle);
  const inserted = ' Wij evalueren de casus.';
  await page.keyboard.type(inserted);
  const expected = report.slice(0, middle) + inserted + report.slice(middle) + typed;
  assert.equal(await page.inputValue('#text'), expected);
  await settled(page);
  await assertMirrorMatches(page);
  const tail = await page.$$eval('#mirror [data-finding]', (n) => n.slice(-3).map((x) => x.textContent));
  assert.deepEqual(tail.slice(-2), ['jeugdbeschermer', 'casus']);
  assert.deepEqual(page.errors, []);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(OUTPUT, 'schrijfhulp-long-1280.png') });
  await page.context().close();
});

test('spelling on request: the dictionary is fetched only after it is switched on; every request stays on the origin', async () => {
  const page = await watchedPage(browser);
  const requests = page.requests;
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await paste(page, 'De moedr is thuis. Wij spraken over de casus.');
  assert.deepEqual(await marks(page), ['jargon: casus']);
  assert.ok(requests.some((u) => u.endsWith('/vendor/helder/helder-core.wasm')), 'the worker loaded the module from this site');
  assert.deepEqual(requests.filter((u) => u.includes('/dict/')), [], 'no dictionary before spelling is asked for');
  // The worker is bound by the page's Content-Security-Policy too: it cannot reach another origin.
  const [worker] = page.workers();
  const refused = await worker.evaluate(() => new Promise((resolve) => {
    self.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    fetch('http://127.0.0.2:9/').catch(() => setTimeout(() => resolve('not refused by the policy'), 500));
  }));
  assert.equal(refused, 'connect-src');
  assert.ok(!requests.some((u) => u.startsWith('http://127.0.0.2')), 'the request was never made');
  page.violations.length = 0;
  await page.check('#spelling');
  await page.waitForFunction(() => document.querySelector('#status').textContent.includes('woordenboek is er'), null, { timeout: 30000 });
  await settled(page);
  assert.deepEqual(requests.filter((u) => u.includes('/dict/')).map((u) => new URL(u).pathname).sort(),
    ['/vendor/helder/dict/nl.aff', '/vendor/helder/dict/nl.dic']);
  assert.deepEqual(await marks(page), ['jargon: casus', 'spelling: moedr']);
  await item(page, 'spelling').locator('.finding-head').click();
  assert.match(await item(page, 'spelling').textContent(), /Bedoelt u:/);
  // Switched off again: no spelling marks, and the dictionary is not fetched again.
  await page.uncheck('#spelling');
  await settled(page);
  assert.deepEqual(await marks(page), ['jargon: casus']);
  await page.check('#spelling');
  await settled(page);
  assert.deepEqual(await marks(page), ['jargon: casus', 'spelling: moedr']);
  assert.equal(requests.filter((u) => u.includes('/dict/')).length, 2);
  // To Mijn rechten and back, in English, without a history entry; then leave.
  const history = await page.evaluate(() => history.length);
  await page.click('#lang');
  await page.click('a[href="index.html"]');
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('a[href="schrijfhulp.html"]');
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.textContent('h1'), 'Writing aid');
  assert.equal(await page.evaluate(() => history.length), history);
  // The licences of what the page ships are one link away.
  await page.click('footer a[href^="index.html?view=licences"]');
  await page.waitForFunction(() => document.querySelector('#lic-dict')?.textContent.length > 0);
  assert.ok(await page.isVisible('#view-licences'));
  assert.equal(await page.evaluate(() => history.length), history);
  await page.click('#exit');
  await page.waitForURL(/neutral\.html$/);
  assert.deepEqual(foreignRequests(page, server.url), []);
  assert.deepEqual(page.violations, []);
  await page.context().close();
});

test('axe-core finds no WCAG 2.2 AA violation with findings shown, in Dutch and English', async () => {
  const page = await openPage(browser, url, { bypassCSP: true });
  const states = {};
  states.empty = await axe(page);
  await paste(page, `${THREE} Moeder is onverschillig. ${HARD}`);
  await page.waitForSelector('ol.sentences button');
  await item(page, 'jargon', 'casus').locator('.finding-head').click();
  await page.click('.legend summary');
  states.findings = await axe(page);
  await item(page, 'jargon', 'casus').getByRole('button', { name: '‘casus’ is goed in deze tekst' }).click();
  await settled(page);
  states.allowed = await axe(page);
  await page.click('#lang');
  assert.equal(await page.textContent('#status'), 'The page now allows ‘casus’ everywhere in this text.', 'the last message is said again in English');
  await item(page, 'opinion').locator('.finding-head').click();
  states.english = await axe(page);
  await page.setViewportSize({ width: 360, height: 800 });
  states.phone = await axe(page);
  for (const [name, v] of Object.entries(states)) assert.deepEqual(v, [], `axe violations in ${name}`);
  await screenshot(page, 'schrijfhulp-en-360.png');
  await page.context().close();
});

test('forget everything empties the text, the allowed words and the marks', async () => {
  const page = await openPage(browser, url);
  await paste(page, THREE);
  await item(page, 'jargon').locator('.finding-head').click();
  await item(page, 'jargon').getByRole('button', { name: '‘casus’ is goed in deze tekst' }).click();
  await settled(page);
  await page.click('#forget');
  await page.waitForFunction(() => document.querySelector('#status').textContent !== '' && document.querySelector('#text').value === '');
  await settled(page);
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.locator('#mirror [data-finding]').count(), 0);
  assert.equal(await page.locator('#findings li').count(), 0);
  assert.ok(await page.isHidden('#accepted-box'));
  assert.equal(await page.textContent('#status'), 'Alles is gewist. Deze pagina is weer leeg.');
  // A text pasted now is checked without the forgotten allowed word.
  await paste(page, THREE);
  assert.ok((await marks(page)).includes('jargon: casus'));
  await page.context().close();
});
