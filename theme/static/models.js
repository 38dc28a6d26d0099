// The gallery's filter: shows the form that the page hides without JavaScript, then hides the
// cards that do not match the chosen field, unit, level and year. Without this script the
// gallery still lists every model, and each facet has its own page.
(function () {
  "use strict";
  var form = document.querySelector(".model-filter");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".model-card"));
  if (!form || cards.length === 0) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var count = form.querySelector(".model-filter__count");
  var template = form.getAttribute("data-shown") || "{n}";
  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var match = selects.every(function (select) {
        return select.value === "" || card.getAttribute("data-" + select.getAttribute("data-filter")) === select.value;
      });
      card.hidden = !match;
      if (match) shown += 1;
    });
    if (count) count.textContent = template.replace("{n}", String(shown));
  }
  selects.forEach(function (select) { select.addEventListener("change", apply); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
