// SPDX-License-Identifier: EUPL-1.2
// Mijn rechten in Debian's Chromium, as a person uses it: journeys (mouse and keyboard), Dutch and
// English, requests only to the page's own origin, the quick exit, forgetting everything, axe-core.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site, launch, openPage, watchedPage, foreignRequests, fillDate, tabTo, axe, OUTPUT } from './browser.mjs';

let server;
let browser;
before(async () => { server = await site(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const stageTitles = (page) => page.$$eval('ol.route > li .stage-title', (n) => n.map((x) => x.textContent));
const currentStage = (page) => page.getAttribute('ol.route > li[aria-current="step"]', 'data-stage');
const dueOf = (page, title) => page.locator('.deadline', { has: page.locator('h3', { hasText: title }) });

async function otsJourney(page) {
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
}

test('a parent with gezag whose child got an OTS on 12 May 2026: stage, rights, appeal deadline, calendar', async () => {
  const page = await openPage(browser, server.url);
  const origin = new URL(server.url).origin;
  await otsJourney(page);
  assert.equal(await currentStage(page), 'ots');
  assert.equal(await page.textContent('ol.route > li[aria-current="step"] .stage-title'), 'Ondertoezichtstelling');
  assert.ok((await stageTitles(page)).length >= 3, 'the route shows the steps so far');
  assert.match(await page.textContent('ol.route > li[aria-current="step"]'), /Wie beslist:.*jeugdbeschermer/s);
  // Rights of this party at this stage and who can help (from procedureState).
  assert.ok(await page.isVisible('#rights li[data-right="appeal"]'));
  assert.ok(await page.isVisible('#rights li[data-right="void_directive"]'));
  assert.ok(await page.isVisible('#helpers li[data-helper="juridisch_loket"]'));
  // The appeal: 3 months, art. 806 Rv (helder procedure deadline hoger-beroep --from 2026-05-12: 12 August 2026).
  const appeal = dueOf(page, 'Hoger beroep');
  assert.equal(await appeal.locator('strong[data-due]').getAttribute('data-due'), '2026-08-12');
  assert.equal(await appeal.locator('strong[data-due]').textContent(), 'woensdag 12 augustus 2026');
  assert.match(await appeal.textContent(), /Nog 84 dagen\./);
  assert.match(await appeal.textContent(), /art\. 806 lid 1 Rv/);
  assert.equal(await appeal.locator('[data-unsure]').count(), 0, 'a VERIFIED date is not marked unsure');
  const ots = dueOf(page, 'Hoe lang de ondertoezichtstelling duurt');
  assert.equal(await ots.locator('strong[data-due]').getAttribute('data-due'), '2027-05-12');
  // "Add to my calendar": an .ics file made in the browser.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#calendar')]);
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20260812\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20270512\r\n/);
  assert.match(ics, /SUMMARY:Laatste dag: Hoger beroep\r\n/);
  // The end of the measure is not a last day to act: the calendar and the card say so.
  assert.match(ics, /SUMMARY:Loopt tot: Hoe lang de ondertoezichtstelling duurt\r\n/);
  assert.doesNotMatch(ics, /SUMMARY:Laatste dag: Hoe lang de ondertoezichtstelling duurt/);
  assert.match(await ots.textContent(), /Loopt uiterlijk tot:/);
  assert.equal(await ots.locator('[data-day-of="measure"]').count(), 1);
  assert.match(await ots.locator('[data-day-of]').textContent(), /^Dit is geen laatste dag voor u om iets te doen\.$/);
  assert.equal(await appeal.locator('[data-day-of]').count(), 0, 'the appeal is the family\'s last day to act');
  assert.equal(download.suggestedFilename(), 'termijnen.ics');
  // No history entries of its own.
  assert.equal(await page.evaluate(() => history.length), page.startHistory);
  assert.equal(new URL(page.url()).origin, origin);
  assert.deepEqual(page.errors, []);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `result-nl-${width}.png`), fullPage: true });
  }
  await page.context().close();
});

test('a parent who received a schriftelijke aanwijzing sent on 2 October 2026: last day 16 October 2026', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05' });
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.check('#s-aanwijzing');
  await fillDate(page, 'aanwijzing', '2026-10-02');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await currentStage(page), 'ots');
  assert.ok(await page.isVisible('.card[data-stage="aanwijzing_gegeven"]'));
  const voiding = dueOf(page, 'aanwijzing ongeldig');
  assert.equal(await voiding.locator('strong[data-due]').textContent(), 'vrijdag 16 oktober 2026');
  assert.match(await voiding.textContent(), /Nog 11 dagen\./);
  assert.match(await voiding.textContent(), /art\. 1:264 BW/);
  // The appeal period of the OTS has passed by now, and the page says so.
  assert.match(await dueOf(page, 'Hoger beroep').textContent(), /Deze datum is voorbij\./);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a foster parent of a child placed with them on 12 May 2026: the placement stage, the right to ask for a change, its end date', async () => {
  const page = await openPage(browser, server.url, { today: '2026-06-01' });
  await page.check('#p-foster_parent');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.check('#s-uhp');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await currentStage(page), 'uithuisplaatsing');
  assert.equal(await page.textContent('.you'), 'U bent: Pleegouder');
  // Art. 1:265d BW: a foster parent may ask the jeugdbeschermer to change or end the placement.
  assert.ok(await page.isVisible('#rights li[data-right="placement_change"]'));
  // The authorisation lasts at most 1 year (art. 1:265c BW, SECONDARY): an end, not a day to act,
  // and marked as not certain.
  const placement = dueOf(page, 'Hoe lang het kind ergens anders mag wonen');
  assert.equal(await placement.locator('strong[data-due]').getAttribute('data-due'), '2027-05-12');
  assert.match(await placement.textContent(), /Loopt uiterlijk tot:/);
  assert.equal(await placement.locator('[data-unsure]').count(), 1);
  assert.match(await placement.textContent(), /art\. 1:265c BW/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a placement without a supervision order is an answer the page asks to correct', async () => {
  const page = await openPage(browser, server.url);
  await page.check('#p-foster_parent');
  await page.check('#s-uhp');
  await page.click('#show');
  assert.ok(await page.isVisible('#errors'));
  assert.match(await page.textContent('#error-list'), /Kies ook de ondertoezichtstelling\./);
  assert.ok(await page.isHidden('#view-result'));
  await page.context().close();
});

// Goede Vrijdag is a holiday of art. 3 lid 2 Algemene termijnenwet: an appeal period of 3 months
// (art. 806 Rv) from 26 December 2026 ends on Goede Vrijdag 26 March 2027, and runs on past the
// weekend and tweede Paasdag (29 March) to Tuesday 30 March 2027.
test('a parent whose appeal deadline falls on Goede Vrijdag: the last day moves to Tuesday 30 March 2027', async () => {
  const page = await openPage(browser, server.url, { today: '2027-01-04' });
  await page.check('#p-parent_without_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-12-26');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  const appeal = dueOf(page, 'Hoger beroep');
  assert.equal(await appeal.locator('strong[data-due]').getAttribute('data-due'), '2027-03-30');
  assert.equal(await appeal.locator('strong[data-due]').textContent(), 'dinsdag 30 maart 2027');
  assert.match(await appeal.textContent(), /Nog 85 dagen\./);
  await appeal.locator('summary').click();
  const steps = await appeal.locator('ol li').allTextContents();
  const holiday = steps.findIndex((x) => /feestdag: Goede Vrijdag/.test(x));
  assert.ok(holiday > 0 && /is 26 maart 2027/.test(steps[holiday - 1]), steps.join(' | '));
  assert.ok(steps.some((x) => /tweede Paasdag/.test(x)), steps.join(' | '));
  assert.match(await appeal.textContent(), /Algemene termijnenwet/);
  // The calendar file carries the moved day.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#calendar')]);
  assert.match(readFileSync(await download.path(), 'utf8'), /DTSTART;VALUE=DATE:20270330\r\n/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the print view: my rights at this step on one A4 page, without the menu or the quick exit', async () => {
  const page = await openPage(browser, server.url);
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.check('#s-aanwijzing');
  await fillDate(page, 'aanwijzing', '2026-05-18');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.locator(sel).first().isVisible();
  assert.equal(await shown('.bar'), false, 'no menu or quick exit on paper');
  assert.equal(await shown('#print'), false);
  assert.equal(await page.locator('ol.route > li:visible').count(), 1, 'only the current step');
  assert.ok(await shown('ol.route > li[aria-current="step"]'));
  assert.ok(await shown('#rights li[data-right="appeal"]'));
  assert.ok(await shown('#helpers li[data-helper="juridisch_loket"]'));
  assert.match(await page.locator('.print-only').textContent(), /^Mijn rechten bij deze stap\. Gemaakt op woensdag 20 mei 2026\.$/);
  assert.ok(await shown('.deadline .basis'), 'each deadline keeps its article');
  assert.equal(await shown('.deadline details'), false);
  await page.setViewportSize({ width: 688, height: 1040 }); // A4 less the page margins, at 96 dpi
  await page.screenshot({ path: join(OUTPUT, 'print-nl.png'), fullPage: true });
  const pdf = (await page.pdf({ path: join(OUTPUT, 'print-nl.pdf'), format: 'A4', printBackground: true })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1, 'one page');
  await page.context().close();
});

test('terms from the glossary explain themselves on keyboard focus and on hover, in Dutch', async () => {
  const page = await openPage(browser, server.url);
  await otsJourney(page);
  const term = page.locator('#result .term', { hasText: /^jeugdbeschermer$/ });
  assert.equal(await term.count(), 1, 'a term is marked once in a view');
  const tipId = await term.getAttribute('aria-describedby');
  const tip = page.locator(`#${tipId}`);
  assert.equal(await tip.isVisible(), false, 'hidden until asked for');
  await tabTo(page, `#result .term[aria-describedby="${tipId}"]`, 200);
  assert.ok(await tip.isVisible());
  assert.equal(await tip.textContent(), ' (medewerker die bij een OTS met uw gezin werkt)');
  await page.mouse.move(0, 0);
  await page.locator('#r-title').focus();
  assert.equal(await tip.isVisible(), false);
  await page.locator('#result .term', { hasText: /^hoger beroep$/i }).first().hover();
  assert.match(await page.locator('#result .term-wrap:hover .tip').textContent(), /hogere rechter/);
  // English texts explain their terms in place: no marks there.
  await page.click('#lang');
  assert.equal(await page.locator('#result .term').count(), 0);
  await page.context().close();
});

// Found in review: an OTS from 2013 gave no result and no message (the library counts deadlines
// only for the years whose holidays it knows). The route and rights show; the deadline card says
// it cannot count.
test('an OTS from 2013: the route and rights show, and the deadline says it cannot be counted', async () => {
  const page = await openPage(browser, server.url, { today: '2013-09-01' });
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2013-06-03');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await currentStage(page), 'ots');
  assert.match(await dueOf(page, 'Hoger beroep').textContent(), /Voor deze datum kunnen wij de laatste dag niet uitrekenen\./);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a 13-year-old after a spoed decision: the date that is not certain says so', async () => {
  const page = await openPage(browser, server.url, { today: '2026-12-01' });
  await page.check('#p-child_12_15');
  await page.check('#s-spoed');
  await fillDate(page, 'spoed', '2026-11-30');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await currentStage(page), 'spoed');
  const hearing = dueOf(page, 'Zitting na de snelle beslissing');
  assert.equal(await hearing.locator('strong[data-due]').getAttribute('data-due'), '2026-12-14');
  // Written for a child: "je", and the Kinderrechtswinkel among the places to ask.
  assert.match(await hearing.locator('[data-unsure]').textContent(),
    /^Deze datum is niet zeker\. Vraag het na bij je advocaat, het Juridisch Loket of de Kinderrechtswinkel\.$/);
  // The hearing's date is the court's day, not the child's: said in a child's words.
  assert.equal(await hearing.locator('[data-day-of="court"]').textContent(), 'Dit is de laatste dag voor de rechter, niet voor jou.');
  assert.equal(await page.textContent('#r-title'), 'Jouw rechten en belangrijke data');
  assert.ok((await page.$$eval('#result h2', (n) => n.map((x) => x.textContent))).includes('Wie kan je helpen?'));
  assert.ok(await page.isVisible('#helpers li[data-helper="kinderrechtswinkel"]'));
  assert.doesNotMatch(await page.textContent('#view-result'), /\b[Uu]w?\b/, 'no "u" or "uw" for a child');
  // A parent reading about a child under 12 is spoken to as an adult, and told the judge may hear the child.
  await page.click('#change');
  await page.check('#p-child_under_12');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await page.textContent('#r-title'), 'Uw rechten en data');
  assert.match(await page.textContent('#for-child'), /art\. 809 lid 1 Rv/);
  await page.context().close();
});

test('the English version, switched during the journey without losing the answers', async () => {
  const page = await openPage(browser, server.url);
  await page.check('#p-parent_with_gezag');
  await page.check('#s-ots');
  await fillDate(page, 'ots', '2026-05-12');
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(await page.isChecked('#p-parent_with_gezag'), 'the chosen party stays chosen');
  assert.equal(await page.inputValue('#ots-day'), '12');
  assert.equal(await page.textContent('label[for="p-parent_with_gezag"]'), 'Parent with parental authority');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await page.textContent('ol.route > li[aria-current="step"] .stage-title'), 'Supervision order');
  const appeal = dueOf(page, 'Appeal');
  assert.match(await appeal.locator('strong[data-due]').textContent(), /^Wednesday,? 12 August 2026$/);
  assert.match(await appeal.textContent(), /84 days left\./);
  // And back to Dutch on the result view: the result stays.
  await page.click('#lang');
  assert.equal(await page.textContent('ol.route > li[aria-current="step"] .stage-title'), 'Ondertoezichtstelling');
  await page.click('#lang');
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `result-en-${width}.png`), fullPage: true });
  }
  await page.context().close();
});

test('every request stays on the page\'s own origin', async () => {
  const page = await watchedPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await otsJourney(page);
  await page.click('.menu [data-view="licences"]');
  await page.waitForFunction(() => document.querySelector('#lic-package').textContent.length > 0);
  await page.click('#lang');
  await page.click('#exit');
  await page.waitForURL(/neutral\.html$/);
  assert.deepEqual(foreignRequests(page, server.url), []);
  assert.ok(page.requests.some((u) => u.endsWith('/vendor/helder/helder-core.wasm')), 'the module came from the page\'s own copy');
  assert.deepEqual(page.violations, []);
  await page.context().close();
});

test('the quick exit (button and Escape) replaces the page and adds no history entry', async () => {
  for (const how of ['button', 'Escape']) {
    const page = await openPage(browser, server.url);
    await page.click('.menu [data-view="licences"]');
    await page.click('.menu [data-view="questions"]');
    const before = await page.evaluate(() => history.length);
    assert.equal(before, page.startHistory, 'switching views adds no history entry');
    if (how === 'button') await page.click('#exit'); else await page.keyboard.press('Escape');
    await page.waitForURL(/neutral\.html$/);
    assert.equal(await page.evaluate(() => history.length), before);
    assert.equal(await page.title(), 'Recepten');
    // Back leads to what came before the page (here the blank tab), never to the page itself.
    await page.goBack();
    assert.notEqual(page.url(), server.url, 'Back does not return to the page');
    assert.doesNotMatch(page.url(), /index\.html/);
    await page.context().close();
  }
});

test('forget everything clears storage and caches and empties the page', async () => {
  const page = await openPage(browser, server.url);
  await otsJourney(page);
  await page.evaluate(async () => {
    localStorage.setItem('x', '1');
    sessionStorage.setItem('y', '2');
    await (await caches.open('helder-test')).put('texts.json', new Response('{}'));
  });
  await page.click('#forget');
  await page.waitForSelector('#view-questions:not([hidden])');
  const left = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    checked: document.querySelectorAll('input:checked').length, result: document.querySelector('#result').childElementCount,
    day: document.querySelector('#ots-day').value,
  }));
  assert.deepEqual(left, { local: 0, session: 0, caches: 0, workers: 0, checked: 0, result: 0, day: '' });
  assert.equal(await page.textContent('#status'), 'Alles is gewist. Deze pagina is weer leeg.');
  await page.context().close();
});

test('offline only when asked: nothing is kept before; after the choice the page works offline; forget removes it', async () => {
  const page = await openPage(browser, server.url, { today: null });
  const kept = () => page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length, caches: (await caches.keys()).length }));
  assert.deepEqual(await kept(), { workers: 0, caches: 0 }, 'a visit alone keeps nothing');
  await page.click('#offline');
  await page.waitForSelector('#offline-on:not([hidden])');
  assert.equal(await page.textContent('#status'), 'Klaar. Deze pagina werkt nu ook zonder internet.');
  assert.deepEqual(await kept(), { workers: 1, caches: 1 });
  // Offline now: the page, the package and its WebAssembly come from the kept copy.
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await otsJourney(page);
  assert.equal(await currentStage(page), 'ots');
  assert.ok(await page.isVisible('#offline-on'), 'the page says it is kept');
  await page.context().setOffline(false);
  await page.click('#forget');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Alles is gewist'));
  assert.deepEqual(await kept(), { workers: 0, caches: 0 });
  assert.ok(await page.isVisible('#offline'));
  await page.context().close();
});

test('axe-core finds no WCAG 2.2 AA violation in any view', async () => {
  const page = await openPage(browser, server.url, { bypassCSP: true });
  const states = {};
  states.questions = await axe(page);
  await page.click('#show');
  states.errors = await axe(page);
  await page.check('#p-foster_parent');
  await page.check('#s-spoed');
  await page.check('#s-ots');
  await page.check('#s-aanwijzing');
  await fillDate(page, 'spoed', '2026-03-02');
  await fillDate(page, 'aanwijzing', '2026-04-01');
  await page.click('#show');
  await page.waitForSelector('#view-result:not([hidden])');
  await page.click('.deadline details summary >> nth=0');
  states.result = await axe(page);
  await page.click('#lang');
  states.result_en = await axe(page);
  await page.click('.menu [data-view="licences"]');
  await page.waitForFunction(() => document.querySelector('#lic-dict').textContent.length > 0);
  assert.match(await page.textContent('#lic-helder'), /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  assert.match(await page.textContent('#lic-package'), /Hunspell/);
  assert.match(await page.textContent('#lic-dict'), /OpenTaal|hunspell-nl/i);
  states.licences = await axe(page);
  await page.click('#exit');
  await page.waitForURL(/neutral\.html$/);
  states.neutral = await axe(page);
  for (const [name, v] of Object.entries(states)) assert.deepEqual(v, [], `axe violations in ${name}`);
  await page.context().close();
});

test('the journeys work with the keyboard alone', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05' });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await tabTo(page, '#p-parent_with_gezag');
  await page.keyboard.press('Space');
  await tabTo(page, '#s-ots');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await tabTo(page, '#s-aanwijzing');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await tabTo(page, '#show');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#view-result:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'r-title', 'the focus moves to the result');
  assert.equal(await currentStage(page), 'ots');
  assert.equal(await dueOf(page, 'aanwijzing ongeldig').locator('strong[data-due]').textContent(), 'vrijdag 16 oktober 2026');
  // The steps of the computation open with the keyboard.
  await tabTo(page, '.deadline details summary');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.querySelector('.deadline details').open));
  // Switch language and go back to the answers with the keyboard: they are all still there.
  await tabTo(page, '#lang');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await tabTo(page, '#change');
  await page.keyboard.press('Enter');
  assert.ok(await page.isChecked('#s-aanwijzing'));
  assert.equal(await page.inputValue('#aanwijzing-month'), '10');
  // And leave with Escape.
  await page.keyboard.press('Escape');
  await page.waitForURL(/neutral\.html$/);
  await page.context().close();
});
