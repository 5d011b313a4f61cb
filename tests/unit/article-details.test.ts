import { describe, expect, it } from 'vitest';
import { checkedDetails } from '../../lib/library/article-details';

const typed = { title: ' Talks ', published: '', site: '', url: '' };

describe('checkedDetails', () => {
  it.each([
    [{}, { title: 'Talks', published: '', site: '', url: '' }],
    [{ published: ' 2015 ' }, { title: 'Talks', published: '2015', site: '', url: '' }],
    [
      { url: 'https://www.news.example/a' },
      { title: 'Talks', published: '', site: 'news.example', url: 'https://www.news.example/a' },
    ],
    [
      { url: 'https://news.example/a', site: ' The News ' },
      { title: 'Talks', published: '', site: 'The News', url: 'https://news.example/a' },
    ],
  ])('takes %j', (change, details) => {
    expect(checkedDetails({ ...typed, ...change })).toEqual(details);
  });

  it.each([
    [{ published: '17/11/2014' }, /^Write the date as a year/],
    [{ url: 'news.example/a' }, /^The URL should be a web address/],
    [{ url: 'javascript:alert(1)' }, /^The URL should be a web address/],
  ])('refuses %j', (change, problem) => {
    const checked = checkedDetails({ ...typed, ...change });
    expect('problem' in checked && checked.problem).toMatch(problem);
  });
});
