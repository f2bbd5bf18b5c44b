// The search page: queries this language's Pagefind index and lists results.
//
// Everything the page needs comes from its JSON block (#search-config): the
// bundle's address (so a site under a sub-path works), interface strings and
// plural forms in the page's language, and the rules that fold a query the
// way the index was folded (newsroom/search_terms.py holds the same rules).

import { foldText } from "./fold.js";

const config = JSON.parse(document.getElementById("search-config").textContent);
const form = document.querySelector(".search__form");
const input = form.elements.q;
const filterBox = form.querySelector(".search__filters");
const status = document.querySelector(".search__status");
const list = document.querySelector(".search__results");
const more = document.querySelector(".search__more");
const FILTERS = ["category", "year", "kind"];
const PAGE_SIZE = 20;

// -- showing results --------------------------------------------------------

function say(text) {
  status.textContent = text;
}

function countText(count) {
  const category = new Intl.PluralRules(config.lang).select(count);
  const pattern = config.plurals[category] || config.plurals.other;
  return pattern.replace("{count}", count.toLocaleString(config.lang));
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "release-list__item";
  const heading = document.createElement("h2");
  heading.className = "release-list__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta.date, data.meta.kind].filter(Boolean).join(" · ");
  const summary = document.createElement("p");
  summary.textContent = data.meta.summary || "";
  item.append(heading, meta, summary);
  return item;
}

// The index's filter values are keys (rescue, campaign) or years; the
// options show their labels in the page's language, in its alphabetical order.
function fillFilter(select, values) {
  const chosen = select.value;
  const labels = config.labels[select.name] || {};
  const label = (key) => labels[key] || key;
  const keys = Object.keys(values).sort((a, b) =>
    select.name === "year" ? b.localeCompare(a) : label(a).localeCompare(label(b), config.lang),
  );
  for (const key of keys) {
    const option = document.createElement("option");
    option.value = key;
    option.textContent = label(key);
    select.append(option);
  }
  select.value = chosen;
}

// -- searching --------------------------------------------------------------

let pagefind;
let latest = 0;
let found = []; // every result of the current search; shown PAGE_SIZE at a time

async function showMore(event) {
  const request = latest;
  const shown = list.children.length;
  const next = found.slice(shown, shown + PAGE_SIZE);
  const results = await Promise.all(next.map((result) => result.data()));
  if (request !== latest) return;
  list.append(...results.map(resultItem));
  more.hidden = list.children.length >= found.length;
  // a keyboard or screen reader user continues at the first new result,
  // not at the top of the page where a hidden button leaves the focus
  if (event && list.children[shown]) list.children[shown].querySelector("a").focus();
}

function remember(query, filters, typing) {
  const url = new URL(window.location);
  url.search = new URLSearchParams(
    Object.entries({ q: query, ...filters, sort: form.elements.sort.value }).filter(
      ([, value]) => value,
    ),
  ).toString();
  // the same search in another language: filters are keys, valid in all
  for (const link of document.querySelectorAll(".languages a[hreflang]")) {
    const other = new URL(link.href);
    other.search = url.search;
    link.href = other.href;
  }
  // a finished search is a step Back returns to; each keystroke is not
  if (url.href === window.location.href) return;
  if (typing) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
}

async function run(typing = false) {
  const request = ++latest;
  const query = input.value.trim();
  const filters = {};
  for (const name of FILTERS) {
    if (form.elements[name].value) filters[name] = form.elements[name].value;
  }
  remember(query, filters, typing);
  found = [];
  more.hidden = true;
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    say(config.strings.empty);
    return;
  }
  // announced only if the search takes a while, not at every pause in typing
  const slow = setTimeout(() => request === latest && say(config.strings.searching), 400);
  const options = { filters };
  if (form.elements.sort.value === "newest") options.sort = { date: "desc" };
  const search = await pagefind.search(
    query ? foldText(query, config.rules) : null,
    options,
  );
  clearTimeout(slow);
  if (request !== latest) return; // a newer search has started
  found = search.results;
  list.replaceChildren();
  await showMore();
  if (request !== latest) return;
  if (found.length) say(countText(found.length));
  else if (query && Object.keys(filters).length)
    say(config.strings.none_with_filters.replace("{query}", query));
  else if (query) say(config.strings.none.replace("{query}", query));
  else say(config.strings.none_filtered);
}

async function start() {
  try {
    pagefind = await import(`${config.bundle}pagefind.js`);
    await pagefind.init();
    const available = await pagefind.filters();
    for (const name of FILTERS) fillFilter(form.elements[name], available[name] || {});
  } catch (error) {
    say(config.strings.failed);
    throw error;
  }
  filterBox.hidden = false;
  const params = new URLSearchParams(window.location.search);
  for (const name of ["q", ...FILTERS, "sort"]) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  }
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(true), 250);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== input) run();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  more.addEventListener("click", showMore);
  window.addEventListener("popstate", () => {
    const params = new URLSearchParams(window.location.search);
    for (const name of ["q", ...FILTERS, "sort"]) {
      form.elements[name].value = params.get(name) || "";
    }
    run(true);
  });
  document.documentElement.dataset.searchReady = "true";
  run();
}

start();
