// The pages the engine smoke tests visit, and what proves each one rendered its facts.
// One row per page; add a row to test another page (Korean pages: `/ko/...` rows, with facts
// in Hangul). Fields:
//   name      file name of its screenshots (screenshots/<engine>/<name>-<phone|desktop>.png)
//   path      address under the site's root
//   facts     texts that must all be in <main>, both in the prerendered page and once the app runs
//   h1        (optional) the exact text of the page's <h1>
//   count     (optional) { selector: n }: how many elements must match in the running app
//   status    (optional) the HTTP status the host must answer with (default 200)
export const ROUTES = [
  { name: 'home', path: '/', h1: "It's Okay to Not Be Okay", facts: ['Park Shin-woo', '사이코지만 괜찮아', 'Saturdays and Sundays at 21:00 KST'] },
  { name: 'cast', path: '/cast/', facts: ['Kim Soo-hyun', '김수현', 'Seo Yea-ji'], count: { 'article.cast-card': 12 } },
  { name: 'cast-ko-moon-young', path: '/cast/ko-moon-young/', facts: ['Seo Yea-ji', '서예지', '고문영'] },
  { name: 'episodes', path: '/episodes/', facts: ['Sat 20 Jun 2020', 'The Boy Who Fed on Nightmares', 'Sun 9 Aug 2020'], count: { 'li.episode-row': 16 } },
  { name: 'episode-1', path: '/episodes/1/', facts: ['Episode 1 of 16', 'The Boy Who Fed on Nightmares'] },
  { name: 'episode-16', path: '/episodes/16/', facts: ['Episode 16 of 16', 'Sunday, 9 August 2020', '7.3%'] },
  { name: 'outlook', path: '/outlook/', facts: ['Status as of September 2025', 'No season 2 has been announced'] },
  { name: 'about', path: '/about/', facts: ['Best Supporting Actor'] },
  { name: 'search', path: '/search/', h1: 'Search the guide', facts: ['Search the guide', '문강태'] },
  { name: 'not-found', path: '/no-such-page/', h1: 'Page not found', facts: ['Go to the start of the guide'], status: 404 },
];
