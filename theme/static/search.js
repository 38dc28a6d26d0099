// The search page (docs/search.md): shows the form the page hides without JavaScript, then finds
// the query of `?q=` and of each submit in the index files under `data-index`. Those files are
// scripts that hand their data to window.__minhbachSearch, so search works from file:// too.
// Without this script the page still lists every page title from A to Z.
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;

  var PAGE = 20;                 // results shown at first and per "show more"
  var SNIPPET = 160;             // characters of text around the first match
  var BEFORE = 50;               // of which, at most, before it
  var WEIGHTS = [1, 5, 10];      // field 0 text, 1 heading, 2 title
  var CONTINUATION = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";
  var TERMINAL = "0123456789abcdefghijklmnopqrstuv";
  var WORD = /[\p{L}\p{N}]+/gu;
  var NOT_SPACE = /[^\p{White_Space}]/u;

  function folder(value) {
    value = value || "";
    return value === "" || value.charAt(value.length - 1) === "/" ? value : value + "/";
  }
  var indexFolder = folder(form.getAttribute("data-index"));
  var root = folder(form.getAttribute("data-root"));
  function message(name) { return form.getAttribute("data-msg-" + name) || ""; }
  function fill(template, n, q) {
    var number = Number(n).toLocaleString(document.documentElement.lang || "vi");
    return template.replace(/\{n\}/g, function () { return number; })
      .replace(/\{q\}/g, function () { return q; });
  }

  // --- Folding, as Sources/Formatting/TextFolding.swift: a Latin letter with marks (U+00C0–U+024F,
  // U+1E00–U+1EFF) whose NFD is an ASCII letter and marks U+0300–U+036F becomes that letter, đ
  // becomes d; every other character stays. One UTF-16 unit for one.
  var BASE = (function () {
    var table = { "\u0111": "d", "\u0110": "D" };
    function add(from, to) {
      for (var c = from; c <= to; c += 1) {
        var ch = String.fromCharCode(c);
        if (table[ch]) continue;
        var d = ch.normalize("NFD");
        if (d.length < 2 || d.charCodeAt(0) >= 0x80) continue;
        var marks = true;
        for (var i = 1; i < d.length; i += 1) {
          var m = d.charCodeAt(i);
          if (m < 0x300 || m > 0x36F) { marks = false; break; }
        }
        if (marks) table[ch] = d.charAt(0);
      }
    }
    add(0xC0, 0x24F);
    add(0x1E00, 0x1EFF);
    return table;
  })();
  function foldChar(ch) { return BASE[ch] || ch; }
  function fold(normalized) {
    var out = "";
    for (var i = 0; i < normalized.length; i += 1) out += foldChar(normalized.charAt(i));
    return out;
  }
  function normalize(text) { return text.normalize("NFC").toLowerCase(); }

  // Phrases of a query: syllables (exact, lower-case NFC) split where anything but whitespace
  // separates two of them.
  function phrasesOf(query) {
    var text = normalize(query);
    var phrases = [];
    var current = null;
    var last = 0;
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      if (current === null || NOT_SPACE.test(text.slice(last, match.index))) {
        current = [];
        phrases.push(current);
      }
      current.push(match[0]);
      last = match.index + match[0].length;
    }
    return phrases;
  }

  // Keys of phrases: {folded: key, exact: [typed forms]}, each folded key once.
  function keysOf(phrases, singles) {
    var keys = [];
    var byKey = {};
    function add(exact) {
      var key = fold(exact);
      if (!Object.prototype.hasOwnProperty.call(byKey, key)) {
        byKey[key] = { key: key, exact: [] };
        keys.push(byKey[key]);
      }
      if (byKey[key].exact.indexOf(exact) < 0) byKey[key].exact.push(exact);
    }
    phrases.forEach(function (tokens) {
      if (singles || tokens.length === 1) tokens.forEach(add);
      else for (var i = 0; i + 1 < tokens.length; i += 1) add(tokens[i] + " " + tokens[i + 1]);
    });
    return keys;
  }

  function shardOf(key, shards) {
    var h = 2166136261;
    for (var i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
    return h % shards;
  }

  // Postings → calls visit(record, field) for each, in increasing record order.
  function decode(postings, visit) {
    var record = 0;
    var value = 0;
    for (var i = 0; i < postings.length; i += 1) {
      var ch = postings.charAt(i);
      var digit = CONTINUATION.indexOf(ch);
      if (digit >= 0) { value = value * 32 + digit; continue; }
      digit = TERMINAL.indexOf(ch);
      if (digit < 0) throw new Error("bad postings digit " + ch);
      value = value * 32 + digit;
      record += Math.floor(value / 4);
      visit(record, value % 4);
      value = 0;
    }
  }

  // --- Loading the index files with <script> elements, each once.
  var delivered = {};
  var loading = {};
  window.__minhbachSearch = function (type, number, data) {
    delivered[type === "m" ? "m" : type + number] = type === "r" ? rowsOf(data) : data;
  };
  // A record shard lists its pages once ("p": [url, title, kind]) and each record by its page
  // ("r": [page, anchor, section, text]); a result reads it as [url, title, section, kind, text].
  function rowsOf(shard) {
    return (shard && shard.r || []).map(function (r) {
      var page = shard.p[r[0]] || ["", "", 0];
      return [r[1] ? page[0] + "#" + r[1] : page[0], page[1], r[2], page[2], r[3]];
    });
  }
  function load(type, number) {
    var name = type === "m" ? "m" : type + number;
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = indexFolder + (type === "m" ? "chi-muc.js" : name + ".js");
        script.async = true;
        script.addEventListener("load", function () {
          if (Object.prototype.hasOwnProperty.call(delivered, name)) resolve(delivered[name]);
          else { delete loading[name]; reject(new Error(script.src + " gave no data")); }
        });
        script.addEventListener("error", function () {
          delete loading[name];
          script.parentNode.removeChild(script);
          reject(new Error("could not load " + script.src));
        });
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }
  function loadMeta() {
    return load("m", 0).then(function (meta) {
      if (!meta || meta.v !== 2 || !(meta.shards > 0) || !(meta.per > 0)) throw new Error("unknown index version");
      return meta;
    });
  }

  // Each key's records: Map record → {field, exact}, the union over its exact forms.
  function postingsOf(keys, meta) {
    var shards = {};
    keys.forEach(function (k) { shards[shardOf(k.key, meta.shards)] = true; });
    return Promise.all(Object.keys(shards).map(function (s) { return load("t", Number(s)); }))
      .then(function () {
        return keys.map(function (k) {
          var found = new Map();
          var forms = delivered["t" + shardOf(k.key, meta.shards)] || {};
          forms = Object.prototype.hasOwnProperty.call(forms, k.key) ? forms[k.key] : {};
          Object.keys(forms).forEach(function (form) {
            var exact = k.exact.indexOf(form) >= 0;
            decode(forms[form], function (record, field) {
              var seen = found.get(record);
              if (!seen) found.set(record, { field: field, exact: exact });
              else {
                if (field > seen.field) seen.field = field;
                if (exact) seen.exact = true;
              }
            });
          });
          return found;
        });
      });
  }

  // Records having every key, best first: [{record, score}].
  function rank(maps) {
    if (maps.length === 0) return [];
    var smallest = maps.reduce(function (a, b) { return b.size < a.size ? b : a; });
    var results = [];
    smallest.forEach(function (unused, record) {
      var score = 0;
      for (var i = 0; i < maps.length; i += 1) {
        var hit = maps[i].get(record);
        if (!hit) return;
        score += (WEIGHTS[hit.field] || WEIGHTS[WEIGHTS.length - 1]) * (hit.exact ? 2 : 1);
      }
      results.push({ record: record, score: score });
    });
    results.sort(function (a, b) { return b.score - a.score || a.record - b.record; });
    return results;
  }

  // --- Snippets: text folded with a map from folded positions back to the text's positions.
  function foldWithMap(text) {
    var folded = "";
    var starts = [];
    var ends = [];
    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var width = cp > 0xFFFF ? 2 : 1;
      var piece = fold(text.substr(i, width).toLowerCase());
      for (var j = 0; j < piece.length; j += 1) { starts.push(i); ends.push(i + width); }
      folded += piece;
      i += width;
    }
    return { folded: folded, starts: starts, ends: ends };
  }
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function patternOf(tokenLists) {
    var alternatives = tokenLists.map(function (tokens) {
      return tokens.map(function (t) { return escapeRegExp(fold(t)); }).join("\\p{White_Space}+");
    }).sort(function (a, b) { return b.length - a.length; });
    return new RegExp("(^|[^\\p{L}\\p{N}])(" + alternatives.join("|") + ")(?![\\p{L}\\p{N}])", "gu");
  }
  function snippet(text, pattern) {
    var p = document.createElement("p");
    p.className = "search-result__snippet";
    var map = foldWithMap(text);
    var matches = [];
    var m;
    pattern.lastIndex = 0;
    while ((m = pattern.exec(map.folded)) !== null) {
      var a = m.index + m[1].length;
      var b = a + m[2].length;
      if (b > a) matches.push([map.starts[a], map.ends[b - 1]]);
      if (m[0].length === 0) pattern.lastIndex += 1;
    }
    var start = 0;
    var end = Math.min(text.length, SNIPPET);
    if (matches.length > 0) {
      start = Math.max(0, matches[0][0] - BEFORE);
      end = Math.min(text.length, start + SNIPPET);
      start = Math.max(0, Math.min(start, end - SNIPPET));
      if (start > 0 && !/\p{White_Space}/u.test(text.charAt(start - 1))) {
        var space = text.slice(start, matches[0][0]).search(/\p{White_Space}/u);
        if (space >= 0) start += space + 1;
      }
    }
    if (end < text.length && !/\p{White_Space}/u.test(text.charAt(end))) {
      var cut = text.slice(start, end).search(/\p{White_Space}\P{White_Space}*$/u);
      var keep = matches.length > 0 ? matches[0][1] : start;
      if (cut >= 0 && start + cut >= keep) end = start + cut;
    }
    if (start > 0) p.appendChild(document.createTextNode("…"));
    var at = start;
    matches.forEach(function (range) {
      var a = Math.max(range[0], at);
      var b = Math.min(range[1], end);
      if (b <= a) return;
      if (a > at) p.appendChild(document.createTextNode(text.slice(at, a)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(a, b);
      p.appendChild(mark);
      at = b;
    });
    if (end > at) p.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) p.appendChild(document.createTextNode("…"));
    return p;
  }

  // --- Results.
  var more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.hidden = true;
  list.parentNode.insertBefore(more, list.nextSibling);

  var generation = 0;   // a newer search makes older ones stop
  var current = null;   // {results, shown, pattern, meta, q}

  function clear() {
    list.textContent = "";
    more.hidden = true;
    current = null;
  }

  function item(row, kinds, pattern) {
    var li = document.createElement("li");
    li.className = "search-result";
    var link = document.createElement("a");
    link.className = "search-result__link";
    link.href = root + row[0];
    link.appendChild(document.createTextNode(row[1] || row[0]));
    if (row[2]) {
      var section = document.createElement("span");
      section.className = "search-result__section";
      section.textContent = " › " + row[2];
      link.appendChild(section);
    }
    li.appendChild(link);
    if (kinds && kinds[row[3]] !== undefined) {
      li.appendChild(document.createTextNode(" "));
      var kind = document.createElement("span");
      kind.className = "search-result__kind";
      kind.textContent = kinds[row[3]];
      li.appendChild(kind);
    }
    if (row[4]) li.appendChild(snippet(String(row[4]).normalize("NFC"), pattern));
    return li;
  }

  // Shows the next page of results once their record shards are in; resolves to the first new <li>.
  function showMore(state, mine) {
    var page = state.results.slice(state.shown, state.shown + PAGE);
    var per = state.meta.per;
    var files = {};
    page.forEach(function (r) { files[Math.floor(r.record / per)] = true; });
    return Promise.all(Object.keys(files).map(function (k) { return load("r", Number(k)); }))
      .then(function () {
        if (mine !== generation) return null;
        var first = null;
        if (state.shown === 0) page = closestFirst(page, per, state.syllables);
        page.forEach(function (r) {
          var k = Math.floor(r.record / per);
          var row = (delivered["r" + k] || [])[r.record - k * per];
          if (!row) return;
          var li = item(row, state.meta.kinds, state.pattern);
          if (!first) first = li;
          list.appendChild(li);
        });
        state.shown += page.length;
        var left = state.results.length - state.shown;
        more.hidden = left <= 0;
        if (left > 0) {
          var label = message("more") || "Xem thêm";
          more.textContent = fill(label, Math.min(PAGE, left), state.q);
        }
        return first;
      });
  }

  // The first page of results, re-ordered once their titles are known: a title (or a section's
  // heading) that the query covers more of comes first — "dien bien" puts «Tỉnh Điện Biên»
  // before «Thành phố Điện Biên Phủ». Bonus = weight × share of the title's syllables queried.
  function syllablesOf(text) {
    return fold(String(text).normalize("NFC").toLowerCase()).match(/[\p{L}\p{N}]+/gu) || [];
  }
  function closestFirst(page, per, queried) {
    var scored = page.map(function (r) {
      var k = Math.floor(r.record / per);
      var row = (delivered["r" + k] || [])[r.record - k * per];
      var bonus = 0;
      if (row) {
        var words = syllablesOf(row[2] ? row[2] : row[1]);
        var matched = words.filter(function (w) { return queried.has(w); }).length;
        if (words.length > 0) bonus = (row[2] ? WEIGHTS[1] : WEIGHTS[2]) * matched / words.length;
      }
      return { r: r, score: r.score + bonus };
    });
    scored.sort(function (a, b) { return b.score - a.score || a.r.record - b.r.record; });
    return scored.map(function (s) { return s.r; });
  }

  function search(raw) {
    var q = raw.replace(/\p{White_Space}+/gu, " ").trim();
    generation += 1;
    var mine = generation;
    clear();
    var phrases = phrasesOf(q);
    if (phrases.length === 0) {
      status.textContent = q === "" ? "" : fill(message("none"), 0, q);
      return Promise.resolve();
    }
    status.textContent = fill(message("loading"), 0, q);
    var meta;
    var fallback = false;
    return loadMeta()
      .then(function (m) {
        meta = m;
        return postingsOf(keysOf(phrases, false), meta);
      })
      .then(function (maps) {
        var results = rank(maps);
        var phrased = phrases.some(function (tokens) { return tokens.length > 1; });
        if (results.length > 0 || !phrased) return results;
        fallback = true;
        return postingsOf(keysOf(phrases, true), meta).then(rank);
      })
      .then(function (results) {
        if (mine !== generation) return;
        var lists = fallback
          ? phrases.reduce(function (all, tokens) { return all.concat(tokens.map(function (t) { return [t]; })); }, [])
          : phrases;
        current = { results: results, shown: 0, pattern: patternOf(lists), meta: meta, q: q,
                    syllables: new Set(syllablesOf(q)) };
        return showMore(current, mine).then(function () {
          if (mine !== generation) return;
          var template = results.length === 0 ? "none" : fallback ? "fallback" : "count";
          status.textContent = fill(message(template), results.length, q);
        });
      })
      .catch(function (error) {
        if (mine !== generation) return;
        clear();
        status.textContent = fill(message("error"), 0, q);
        if (window.console) console.warn("search:", error);
      });
  }

  more.addEventListener("click", function () {
    if (!current) return;
    var mine = generation;
    more.disabled = true;
    showMore(current, mine).then(function (first) {
      more.disabled = false;
      var link = first && first.querySelector("a");
      if (link) link.focus();
    }, function () {
      more.disabled = false;
      status.textContent = fill(message("error"), 0, current ? current.q : "");
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var q = input.value;
    search(q);
    input.focus();
    try {
      var query = q.trim() === "" ? "" : "?q=" + encodeURIComponent(q.trim());
      history.replaceState(null, "", location.pathname + query);
    } catch (e) { /* file:// may refuse */ }
  });

  form.hidden = false;
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
