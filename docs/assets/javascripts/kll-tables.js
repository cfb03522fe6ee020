/* A table wider than the text column scrolls inside mkdocs-material's wrapper. Such a region is
   reachable by keyboard and named after the table's heading, so that a keyboard or screen reader
   user can scroll it too (WCAG 2.1.1 and 4.1.2; axe-core's scrollable-region-focusable). A
   wrapper that does not scroll gets no tab stop. The name is in the page's language. */
(function () {
  "use strict";

  var WORDS = {
    sv: { table: "Tabell", scrolls: "rullas i sidled" },
    en: { table: "Table", scrolls: "scrolls sideways" }
  };

  function words() {
    var lang = (document.documentElement.lang || "").toLowerCase();
    return lang.indexOf("sv") === 0 ? WORDS.sv : WORDS.en;
  }

  /* The text of the nearest heading before the element, without the permalink sign. */
  function headingBefore(element) {
    var found = document.evaluate(
      "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]",
      element, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null
    ).singleNodeValue;
    if (!found) {
      return "";
    }
    var copy = found.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach(function (link) { link.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function mark() {
    var w = words();
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        var heading = headingBefore(wrap);
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", w.table + (heading ? ": " + heading : "") + " (" + w.scrolls + ")");
      } else if (wrap.getAttribute("role") === "region") {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  var pending = null;
  function markSoon() {
    if (pending !== null) {
      window.cancelAnimationFrame(pending);
    }
    pending = window.requestAnimationFrame(function () { pending = null; mark(); });
  }

  /* Material wraps the tables when it renders a page (document$ emits on every page, also with
     instant navigation); without Material's observable, the load event does. */
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(markSoon);
  } else {
    window.addEventListener("load", markSoon);
  }
  window.addEventListener("resize", markSoon);
})();
