// Starts govuk-frontend's components. Every page works without this: it only adds behaviour.
import { initAll } from "./govuk/govuk-frontend.min.js";
initAll();

// The header's search box goes to this site's search page, which needs this script; without it, the box's form
// sends the words to the council's own site search (search_fallback_url), where site.yml names one.
for (const form of document.querySelectorAll("form[data-search-page]")) {
  form.action = form.dataset.searchPage;
  for (const field of form.querySelectorAll("[data-fallback-field]")) field.remove();
  form.querySelector("input[type=search]").name = "q";
}

// A wide table's "scroll sideways" cue is for tables that do not fit: hide it where this screen shows the whole table.
function fitCues() {
  for (const cue of document.querySelectorAll(".table-cue")) {
    const box = cue.nextElementSibling;
    if (box) cue.classList.toggle("table-cue--fits", box.scrollWidth <= box.clientWidth);
  }
}
fitCues();
addEventListener("resize", fitCues);

// A paper's contents list starts closed, so a phone shows the paper itself first; a wider screen has room for it open.
if (matchMedia("(min-width: 40.0625em)").matches) {
  for (const contents of document.querySelectorAll(".report__contents-details")) contents.open = true;
}
