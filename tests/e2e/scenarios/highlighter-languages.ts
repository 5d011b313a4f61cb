import assert from 'node:assert/strict';
import { mentionPoint, waitForCard } from '../harness/card';
import { recordedMutations } from '../harness/highlighter';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';

/**
 * The person highlights of each page under tests/fixtures/languages/, in page order. Each page
 * ends with a paragraph of other people with the same surnames and of words that hold one
 * ("Maria Putin", "Bo Obama", "la poutine", "Распутин", bare الأسد): none of it is highlighted;
 * nor is the German page's English quote ("Obamas", the family: the genitive counts in German).
 */
const PAGES: Record<string, string[]> = {
  de: [
    'Wladimir Putins',
    'Putin',
    'Assads',
    'Obamas',
    'Putin',
    'Sergej Lawrow',
    'John Kerry',
    'Lawrows',
  ],
  pl: [
    'Władimir Putin',
    'Putina',
    'Siergiejem Ławrowem',
    'Asada',
    'Obamy',
    'Putinowi',
    'Obamie',
    'Obama',
  ],
  ru: [
    'Владимир Путин',
    'Джоном Керри',
    'Сергей Лавров',
    'Башара Асада',
    'Путину',
    'Обаме',
    'Обамой',
    'Лаврова',
  ],
  fr: [
    'Vladimir Poutine',
    'Sergueï Lavrov',
    'John Kerry',
    'Poutine',
    'Bachar el-Assad',
    'Barack Obama',
  ],
  // The last with vowel marks and a tatweel, across an element: بَشّـار الأَسَدِ.
  ar: ['بشار الأسد', 'بشار حافظ الأسد', 'وبشار الأسد', 'بشار الاسد', 'بَشّـار الأَسَدِ'],
};

scenario('highlighter: names in other languages and scripts', async (browser) => {
  for (const [lang, expected] of Object.entries(PAGES)) {
    const page = await browser.openPage(browser.server.url(`languages/${lang}.html`));
    await page.waitForHighlights('backstory-person', { min: expected.length });
    // A moment more: a highlight too many would come in the same scan.
    await sleep(200);
    assert.deepEqual(await page.highlightTexts('backstory-person'), expected, `${lang}.html`);
    assert.deepEqual(await recordedMutations(page), [], `DOM mutations on ${lang}.html`);
    assert.deepEqual(page.pageErrors(), [], `page errors on ${lang}.html`);
    if (lang === 'ru') {
      // The same card as for "Putin", its name line noting the form the page used.
      const point = await mentionPoint(page, 'Путину');
      await page.hover(point.x, point.y);
      await waitForCard(page, 'Vladimir Putin (Путин)');
    }
    await page.close();
  }
});
