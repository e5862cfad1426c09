// SPDX-License-Identifier: EUPL-1.2
// Brieven in Debian's Chromium, as a person uses it: the letters offered for the situation given in
// Mijn rechten, the aanwijzing letter with its last day, editing, saving as .txt and printing, who is
// not offered a letter, the keyboard alone, requests only to the page's own origin, axe-core.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site, launch, openPage, watchedPage, foreignRequests, fillDate, tabTo, axe, OUTPUT } from './browser.mjs';

let server;
let browser;
before(async () => { server = await site(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Mijn rechten: who the person is, and the aanwijzing with the day it was sent (when given).
async function situation(page, party, aanwijzing = null) {
  await page.check(`#p-${party}`);
  if (aanwijzing) {
    await page.check('#s-ots');
    await page.check('#s-aanwijzing');
    await fillDate(page, 'aanwijzing', aanwijzing);
  }
}

// Opens Brieven and waits until it shows the letters of the party chosen in Mijn rechten.
async function openLetters(page) {
  const party = await page.evaluate(() => document.querySelector('input[name="party"]:checked')?.value ?? '');
  await page.click('.menu [data-view="letters"]');
  await page.waitForSelector(`#view-letters:not([hidden]) #letters[data-party="${party}"]`);
}

async function fillLetterDate(page, name, iso) {
  const [y, m, d] = iso.split('-');
  const id = `lf-${name.replace('.', '-')}`;
  await page.fill(`#${id}-day`, String(Number(d)));
  await page.fill(`#${id}-month`, String(Number(m)));
  await page.fill(`#${id}-year`, y);
}

async function makeLetter(page) {
  await page.click('#letter-make');
  await page.waitForSelector('#letter-nl');
}

const dutchLetter = (page) => page.inputValue('#letter-nl');

test('the aanwijzing letter of a parent with gezag carries the last day, and is saved and printed as edited', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05' });
  await situation(page, 'parent_with_gezag', '2026-10-02');
  await openLetters(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'b-title');
  assert.equal(await page.getAttribute('.menu [data-view="letters"]', 'aria-current'), 'page');
  await page.check('#letter-vervallenverklaring');
  // Mijn rechten's date fills in the day the aanwijzing was sent, and today the letter's date.
  assert.equal(await page.inputValue('#lf-directive_date-day'), '2');
  assert.equal(await page.inputValue('#lf-directive_date-month'), '10');
  assert.equal(await page.inputValue('#lf-date-day'), '5');
  await page.fill('#lf-sender-name', 'Anna de Boer');
  await page.fill('#lf-child-name', 'Sara de Boer');
  await page.fill('#lf-details', 'De aanwijzing gaat over geld, niet over de opvoeding.');
  await makeLetter(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'letter-result-title');
  // Two weeks from the day after Friday 2 October 2026 (art. 1:264 BW): Friday 16 October 2026.
  assert.equal(await page.getAttribute('#letter-result [data-due]', 'data-due'), '2026-10-16');
  const nl = await dutchLetter(page);
  assert.match(nl, /^Anna de Boer\n/);
  assert.match(nl, /De laatste dag om dit te vragen is vrijdag 16 oktober 2026\./);
  assert.match(nl, /art\. 1:264 BW/);
  assert.match(nl, /Sara de Boer/);
  assert.match(nl, /De aanwijzing gaat over geld, niet over de opvoeding\./);
  assert.match(nl, /\[naam van de rechtbank\]/, 'what is not given is a marked blank');
  assert.equal(await page.getAttribute('#letter-nl', 'lang'), 'nl');
  assert.equal(await page.getAttribute('#letter-en', 'lang'), 'en');
  assert.match(await page.textContent('#letter-en'), /the last day to ask for this is Friday 16 October 2026/);
  assert.match(await page.textContent('#letter-notes'), /Ook als u de rechter vraagt om de opdracht ongeldig te maken/);

  // The person changes the letter; the .txt file is made in the browser from the changed text.
  await page.fill('#letter-nl', `${nl}\nBijlage: de aanwijzing.\n`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#letter-download')]);
  assert.equal(download.suggestedFilename(), 'brief-vervallenverklaring.txt');
  const saved = readFileSync(await download.path(), 'utf8');
  assert.equal(saved, `${nl}\nBijlage: de aanwijzing.\n`);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `letter-nl-${width}.png`), fullPage: true });
  }
  // Printing shows the letter as changed, and nothing else of the page.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.letter-print'), true);
  assert.equal(await page.textContent('.letter-print'), saved);
  for (const hidden of ['#letter-choice', '#letter-form', '#letter-notes', '#letter-en', '.bar', '#b-title'])
    assert.equal(await page.isVisible(hidden), false, `${hidden} is not printed`);
  await page.screenshot({ path: join(OUTPUT, 'letter-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.evaluate(() => history.length), page.startHistory, 'no history entries of its own');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an aanwijzing sent on Friday 18 December 2026: the last day moves past New Year\'s Day and the weekend', async () => {
  const page = await openPage(browser, server.url, { today: '2026-12-21' });
  await situation(page, 'child_12_15', '2026-12-18');
  await openLetters(page);
  await page.check('#letter-vervallenverklaring');
  await makeLetter(page);
  assert.equal(await page.getAttribute('#letter-result [data-due]', 'data-due'), '2027-01-04');
  assert.match(await dutchLetter(page), /De laatste dag om dit te vragen is maandag 4 januari 2027\./);
  assert.match(await dutchLetter(page), /\[je naam\]/, 'a child reads the blanks written to a child');
  // A date changed in the letter's own fields counts again: sent on 2 October, written on 19 October: late.
  await fillLetterDate(page, 'directive_date', '2026-10-02');
  await fillLetterDate(page, 'date', '2026-10-19');
  await page.fill('#lf-late_reason', 'Ik lag in het ziekenhuis.');
  await makeLetter(page);
  const nl = await dutchLetter(page);
  assert.match(nl, /De laatste dag om dit te vragen was vrijdag 16 oktober 2026\. Ik ben te laat, maar dat is niet mijn schuld\./);
  assert.match(nl, /Ik lag in het ziekenhuis\./);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a parent without gezag is not offered the aanwijzing letter, and reads why', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05' });
  await situation(page, 'parent_without_gezag', '2026-10-02');
  await openLetters(page);
  assert.equal(await page.locator('#letter-vervallenverklaring').count(), 0);
  assert.equal(await page.locator('#letter-verweerschrift').count(), 0);
  for (const id of ['inzage', 'correctie', 'klacht']) assert.equal(await page.locator(`#letter-${id}`).count(), 1, id);
  await page.click('.not-for-you summary');
  assert.match(await page.textContent('.not-for-you li[data-letter="vervallenverklaring"]'),
    /Alleen een ouder met gezag mag de rechter dit vragen\. Of een kind vanaf 12 jaar\. Dat staat in art\. 1:264 BW\./);
  // A child under 12 is referred to the parents for the dossier, and may complain.
  await page.click('.menu [data-view="questions"]');
  await page.check('#p-child_under_12');
  await openLetters(page);
  assert.equal(await page.locator('#letter-inzage').count(), 0);
  assert.equal(await page.locator('#letter-klacht').count(), 1);
  await page.context().close();
});

test('without a party the view asks for one first, and the answers and letter survive a change of language', async () => {
  const page = await openPage(browser, server.url, { today: '2026-05-20' });
  await openLetters(page);
  assert.match(await page.textContent('#letters-need-party'), /Kies eerst bij Mijn rechten wie u bent\./);
  await page.click('#letters-to-questions');
  await page.waitForSelector('#view-questions:not([hidden])');
  await situation(page, 'foster_parent');
  await openLetters(page);
  await page.check('#letter-klacht');
  await page.fill('#lf-sender-name', 'Joris Bakker');
  await page.fill('#lf-organisation-name', 'Jeugdzorg Oost');
  await makeLetter(page);
  await page.fill('#letter-nl', 'Mijn eigen versie.');
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#b-title'), 'Letters');
  assert.equal(await page.inputValue('#lf-sender-name'), 'Joris Bakker');
  assert.equal(await dutchLetter(page), 'Mijn eigen versie.', 'the changed letter stays');
  assert.equal(await page.textContent('label[for="letter-nl"]'), 'Your letter in Dutch');
  assert.match(await page.textContent('#letter-en'), /^Joris Bakker\n/);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(OUTPUT, `letter-en-${width}.png`), fullPage: true });
  }
  // Forget everything empties the letters too.
  await page.click('#forget');
  await page.waitForFunction(() => document.querySelector('#status').textContent.length > 0);
  await openLetters(page);
  assert.equal(await page.locator('#letter-nl').count(), 0);
  assert.equal(await page.locator('#letters-need-party').count(), 1);
  await page.context().close();
});

test('a letter is made with the keyboard alone', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05' });
  await tabTo(page, '#p-parent_with_gezag');
  await page.keyboard.press('Space');
  await tabTo(page, '.menu [data-view="letters"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#letters[data-party="parent_with_gezag"]');
  await tabTo(page, '#letter-inzage');
  await page.keyboard.press('Space');
  await tabTo(page, '#lf-sender-name');
  await page.keyboard.type('Anna de Boer');
  await tabTo(page, '#letter-make');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#letter-nl');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'letter-result-title');
  assert.match(await dutchLetter(page), /^Anna de Boer\n/);
  assert.match(await dutchLetter(page), /AVG art\. 15/);
  await tabTo(page, '#letter-download');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'brief-inzage.txt');
  await page.keyboard.press('Escape');
  await page.waitForURL(/neutral\.html$/);
  await page.context().close();
});

test('every request of the letters stays on the page\'s own origin', async () => {
  const page = await watchedPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await situation(page, 'parent_with_gezag', '2026-03-02');
  await openLetters(page);
  for (const id of ['inzage', 'correctie', 'klacht', 'vervallenverklaring', 'verweerschrift']) {
    await page.check(`#letter-${id}`);
    await makeLetter(page);
  }
  await Promise.all([page.waitForEvent('download'), page.click('#letter-download')]);
  await page.click('#lang');
  assert.deepEqual(foreignRequests(page, server.url), []);
  assert.deepEqual(page.violations, []);
  await page.context().close();
});

test('axe-core finds no WCAG 2.2 AA violation in the letters view', async () => {
  const page = await openPage(browser, server.url, { today: '2026-10-05', bypassCSP: true });
  const states = {};
  await openLetters(page);
  states.no_party = await axe(page);
  await page.click('#letters-to-questions');
  await situation(page, 'parent_without_gezag');
  await openLetters(page);
  await page.click('.not-for-you summary');
  states.choice = await axe(page);
  await page.click('.menu [data-view="questions"]');
  await situation(page, 'parent_with_gezag', '2026-10-02');
  await openLetters(page);
  await page.check('#letter-vervallenverklaring');
  states.form = await axe(page);
  await page.fill('#lf-date-day', '31');
  await page.fill('#lf-date-month', '2');
  await page.click('#letter-make');
  await page.waitForSelector('#letter-problem');
  states.form_error = await axe(page);
  await page.fill('#lf-date-day', '5');
  await page.fill('#lf-date-month', '10');
  await makeLetter(page);
  states.letter = await axe(page);
  await page.click('#lang');
  states.letter_en = await axe(page);
  for (const width of [360]) {
    await page.setViewportSize({ width, height: 900 });
    states[`letter_${width}`] = await axe(page);
  }
  for (const [name, v] of Object.entries(states)) assert.deepEqual(v, [], `axe violations in ${name}`);
  await page.context().close();
});
