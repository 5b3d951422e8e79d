// The search page (/search/): the form, the filters and the results, over the engine in search.js. The address holds
// the state, so links, reload and the back button work: a submitted query or a "Did you mean" adds a history entry;
// typing, filters, sorting and "Show more" replace the current one. The page's wording comes from the template
// (search.liquid's data-* attributes), so a council changes it there, not here.
import { FACETS, PAGE_SIZE, excerpt, excerptText, longDate, matchIndicators, openIndex, readParams, search, writeParams } from "./search.js";

function startPage(form) {
  const root = form.dataset.root;
  const say = form.dataset;
  const index = openIndex(new URL(form.dataset.index, document.baseURI));
  const input = form.querySelector("#search-q");
  const status = form.querySelector("#search-status");
  const suggestion = form.querySelector("#search-suggestion");
  const list = form.querySelector("#search-results");
  const more = form.querySelector("#search-more");
  const filters = form.querySelector("#search-filters");
  const filtersSummary = form.querySelector("#search-filters-summary");
  document.getElementById("search-no-js").hidden = true;
  // Filters open beside the results on a wide screen; on a phone they wait behind their summary, below the box.
  filters.open = window.matchMedia("(min-width: 40.0625em)").matches;

  const indicatorBox = document.getElementById("search-indicators");
  let indicatorNames = null;

  // The performance indicators whose names hold the words searched for, listed above the papers.
  async function showIndicators(q) {
    if (!indicatorBox) return;
    try {
      await index.folding();
      indicatorNames ??= await fetch(new URL(indicatorBox.dataset.names, document.baseURI)).then((r) => (r.ok ? r.json() : []));
    } catch {
      indicatorNames = [];
    }
    const found = matchIndicators(indicatorNames, q);
    indicatorBox.querySelector("ul").replaceChildren(...found.map((entry) => {
      const item = element("li");
      const link = element("a", "govuk-link", entry.name);
      link.href = root + entry.url;
      item.append(link);
      return item;
    }));
    indicatorBox.hidden = found.length === 0;
  }

  let params = readParams(new URLSearchParams(location.search));
  let run = 0;
  let timer;
  let labels = null;
  let total = 0;

  function show(p) {
    input.value = p.q;
    form.querySelector("#search-sort").value = p.sort;
    for (const box of form.querySelectorAll("input[type=checkbox]")) box.checked = (p[box.name] ?? []).includes(box.value);
    for (const select of form.querySelectorAll("select[data-facet]")) select.value = p[select.name][0] ?? "";
    showApplied(p);
  }

  function showApplied(p) {
    const applied = FACETS.reduce((n, facet) => n + p[facet].length, 0);
    filtersSummary.textContent = applied === 0 ? say.filters : say.filtersApplied.replace("{count}", String(applied));
  }

  function fromForm() {
    const p = { q: input.value, sort: form.querySelector("#search-sort").value, page: 1 };
    for (const facet of FACETS) p[facet] = [];
    for (const box of form.querySelectorAll("input[type=checkbox]:checked")) p[box.name].push(box.value);
    for (const select of form.querySelectorAll("select[data-facet]")) if (select.value) p[select.name].push(select.value);
    return p;
  }

  function address(p) {
    const query = writeParams(p).toString();
    return location.pathname + (query ? `?${query}` : "");
  }

  async function update(p, { push = false, focusFrom = -1 } = {}) {
    const mine = ++run;
    let result;
    try {
      labels ??= await index.facets();
      result = await search(index, p);
    } catch (error) {
      if (mine === run) status.textContent = say.unavailable;
      throw error;
    }
    if (mine !== run) return;
    await showIndicators(p.q);
    if (mine !== run) return;
    // A page past the last (an old link, or a filter that left fewer results) shows the last page there is.
    const pages = Math.max(1, Math.ceil(result.hits.length / PAGE_SIZE));
    p = { ...p, page: Math.min(p.page, pages) };
    const shown = result.hits.slice(0, p.page * PAGE_SIZE);
    const docs = await Promise.all(shown.map((hit) => index.doc(hit.id)));
    if (mine !== run) return;
    params = p;
    if (push) history.pushState(null, "", address(p));
    else history.replaceState(null, "", address(p));
    showApplied(p);

    for (const span of form.querySelectorAll(".search-count")) span.textContent = `(${result.counts[span.dataset.facet][span.dataset.value] ?? 0})`;
    for (const select of form.querySelectorAll("select[data-facet]")) {
      for (const option of select.options) {
        if (option.value) option.textContent = `${option.dataset.label} (${result.counts[select.name][option.value] ?? 0})`;
      }
    }

    const boardName = Object.fromEntries(labels.board.map((b) => [b.value, b.label]));
    list.replaceChildren(...docs.map((doc) => resultItem(doc, result.marks, root, boardName, say)));
    total = result.hits.length;
    more.hidden = shown.length >= total;
    showSuggestion(result.suggestion, p);
    const words = p.q.trim() ? say.forWords.replace("{words}", p.q.trim()) : "";
    status.textContent = !result.searched
      ? say.start
      : total === 0
        ? say.none.replace("{for}", words)
        : (total === 1 ? say.foundOne : say.found).replace("{count}", String(total)).replace("{for}", words)
          + (shown.length < total ? say.showing.replace("{shown}", String(shown.length)) : "") + "."
          + (result.partial ? ` ${say.partial}` : "");
    if (focusFrom >= 0 && list.children[focusFrom]) list.children[focusFrom].querySelector("a").focus();
  }

  function showSuggestion(words, p) {
    suggestion.hidden = !words;
    if (!words) return;
    const link = element("a", "govuk-link", words);
    link.href = address({ ...p, q: words, page: 1 });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input.value = words;
      update({ ...fromForm(), q: words }, { push: true });
    });
    suggestion.replaceChildren(say.didYouMean, " ", link, "?");
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(fromForm()), 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(fromForm(), { push: true });
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    update(fromForm());
  });
  more.addEventListener("click", () => {
    if (params.page * PAGE_SIZE >= total) return;
    const from = params.page * PAGE_SIZE;
    update({ ...params, page: params.page + 1 }, { focusFrom: from });
  });
  window.addEventListener("popstate", () => {
    const p = readParams(new URLSearchParams(location.search));
    show(p);
    update(p);
  });

  show(params);
  update(params);
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function resultItem(doc, marks, root, boardName, say) {
  const item = element("li", "search-result");
  const heading = element("h3", "govuk-heading-s search-result__title");
  const link = element("a", "govuk-link", doc.title);
  link.href = root + doc.url;
  heading.append(link);
  if (doc.draft) heading.append(" ", element("strong", "govuk-tag govuk-tag--yellow", say.draft));
  const meta = element("p", "govuk-body-s search-result__meta");
  const time = element("time", "", longDate(doc.date));
  time.dateTime = doc.date;
  meta.append(`${boardName[doc.board] ?? doc.board} · ${say.meetingOf} `, time, doc.quarter ? ` · ${doc.quarter}` : "");
  const quote = element("p", "govuk-body search-result__excerpt");
  for (const piece of excerpt(excerptText(doc), marks)) quote.append(piece.mark ? element("mark", "", piece.text) : piece.text);
  item.append(heading, meta, quote);
  return item;
}

const form = document.getElementById("search-form");
if (form) startPage(form);
