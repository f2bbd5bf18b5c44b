// Fold a search query the way the index was folded: the rules are data,
// written once in newsroom/search_terms.py and handed over by the search
// page, so this file and the build cannot disagree about a rule.

const CYRILLIC = /[\u0400-\u04ff]/;

function foldWord(word, rules) {
  let folded = word.toLowerCase();
  if (CYRILLIC.test(folded)) {
    for (const [letter, replacement] of Object.entries(rules.folds_in_cyrillic_words)) {
      folded = folded.split(letter).join(replacement);
    }
  }
  for (const [letter, replacement] of Object.entries(rules.folds)) {
    folded = folded.split(letter).join(replacement);
  }
  for (const ending of rules.endings) {
    if (folded.endsWith(ending) && folded.length - ending.length >= rules.min_stem) {
      folded = folded.slice(0, -ending.length);
      break;
    }
  }
  for (const [end, replacement] of Object.entries(rules.stem_ends)) {
    if (folded.endsWith(end) && folded.length - end.length >= rules.min_stem - 1) {
      folded = folded.slice(0, -end.length) + replacement;
      break;
    }
  }
  return folded;
}

export function foldText(text, rules) {
  if (!rules) return text;
  return text.replace(/\p{L}+(?:['’ʼ]\p{L}+)*/gu, (word) => foldWord(word, rules));
}
