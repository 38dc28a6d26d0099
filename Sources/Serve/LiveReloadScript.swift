/// The browser side of live reload, served from memory at `/__minhbach/live.js` and named in
/// every HTML response of the server — never in a built file.
enum LiveReloadScript {
    static let path = "/__minhbach/live.js"
    static let eventsPath = "/__minhbach/events"
    static let tag = "<script src=\"\(path)\" defer></script>"

    /// The tag goes before the last `</body>`, or at the end of a page that has none.
    /// Only the response changes; the file on disk is read, never written.
    static func inject(into html: [UInt8]) -> [UInt8] {
        let closing = Array("</body".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if zip(html[index...], closing).allSatisfy({ lowercased($0) == $1 }) {
                return Array(html[..<index]) + Array(tag.utf8) + Array(html[index...])
            }
            index -= 1
        }
        return html + Array(tag.utf8)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// EventSource reconnects by itself. `reload` → the page reloads; `errors` → an overlay
    /// lists them (text only: `textContent`, never `innerHTML`); on the server's own error page
    /// either event reloads it. After a lost connection (the server restarted) the page reloads.
    static let source = #"""
    // MinhBạch live reload: added by `minhbach serve` to the pages it serves; never in a built site.
    (function () {
      "use strict";
      if (!("EventSource" in window)) return;
      var events = new EventSource("/__minhbach/events");
      var lost = false;
      var onErrorPage = document.documentElement.hasAttribute("data-minhbach-errors");

      events.addEventListener("open", function () { if (lost) location.reload(); });
      events.addEventListener("error", function () { lost = true; });
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("errors", function (event) {
        if (onErrorPage) { location.reload(); return; }
        var problems = [];
        try { problems = JSON.parse(event.data); } catch (ignored) {}
        showOverlay(problems);
      });

      function showOverlay(problems) {
        var old = document.getElementById("minhbach-errors");
        if (old) old.remove();
        var box = document.createElement("section");
        box.id = "minhbach-errors";
        box.setAttribute("role", "alert");
        box.setAttribute("aria-labelledby", "minhbach-errors-title");
        box.lang = "en";
        box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
          "background:#fff;color:#1a1a1a;font:16px/1.5 system-ui,sans-serif;";
        var title = document.createElement("h2");
        title.id = "minhbach-errors-title";
        title.style.cssText = "margin:0 0 1rem;color:#a4000f;font-size:1.4rem;";
        title.textContent = "Build failed: " + problems.length + (problems.length === 1 ? " error" : " errors");
        var note = document.createElement("p");
        note.textContent = "This page is out of date. It reloads by itself once the content is fixed.";
        var list = document.createElement("ol");
        list.style.cssText = "padding-left:1.5rem;";
        problems.forEach(function (problem) {
          var item = document.createElement("li");
          item.style.cssText = "margin:.5rem 0;white-space:pre-wrap;font-family:ui-monospace,monospace;";
          item.textContent = problem.text;
          list.appendChild(item);
        });
        var hide = document.createElement("button");
        hide.type = "button";
        hide.textContent = "Show the old page";
        hide.style.cssText = "font:inherit;padding:.4rem 1rem;";
        hide.addEventListener("click", function () { box.remove(); });
        box.append(title, note, list, hide);
        document.body.appendChild(box);
      }
    })();

    """#
}
