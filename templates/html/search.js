// promokit: the search box. Shows the sections (and glossary terms) holding
// every word typed and marks the words; ignores accents and capitals
// ("informacion" finds "información"). Without JavaScript the box stays
// hidden and the page reads as it is. On a phone showing one language, only
// that language is searched.
(function () {
  var box = document.querySelector('.pk-search');
  var input = document.getElementById('pk-search-input');
  if (!box || !input || !String.prototype.normalize) return;
  box.hidden = false;
  var status = box.querySelectorAll('.pk-search-status [data-found]');
  var narrow = window.matchMedia ? window.matchMedia('(max-width: 49.99em)') : null;
  var modules = [];
  var blocks = document.querySelectorAll('main .pk-module, main .pk-glossary');
  for (var b = 0; b < blocks.length; b++) {
    var rows = [];
    var head = null;
    for (var c = blocks[b].firstElementChild; c; c = c.nextElementSibling) {
      if (!c.classList.contains('pk-row')) continue;
      if (c.classList.contains('pk-module-head') || c.classList.contains('pk-glossary-head')) head = c;
      else rows.push(c);
    }
    modules.push({ el: blocks[b], head: head, rows: rows });
  }
  var marks = [];
  var opened = [];

  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /** The languages shown: the chosen one on a phone with a switch, else all. */
  function shown(cell) {
    var radio = document.querySelector('input.pk-lang-radio:checked');
    if (!radio || (narrow && !narrow.matches)) return true;
    return cell.getAttribute('lang') === radio.value;
  }

  function cellsOf(row) {
    var out = [];
    for (var c = row.firstElementChild; c; c = c.nextElementSibling) if (shown(c)) out.push(c);
    return out;
  }

  function holds(row, words) {
    var cells = cellsOf(row);
    for (var i = 0; i < cells.length; i++) {
      var text = fold(cells[i].textContent);
      var all = true;
      for (var w = 0; w < words.length && all; w++) all = text.indexOf(words[w]) !== -1;
      if (all) return true;
    }
    return false;
  }

  function clear() {
    for (var i = 0; i < marks.length; i++) {
      var mark = marks[i];
      var parent = mark.parentNode;
      if (!parent) continue;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    }
    marks = [];
    for (var d = 0; d < opened.length; d++) opened[d].open = false;
    opened = [];
  }

  /** Wraps each word in the text nodes under `root` in a <mark>. */
  function mark(root, words) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
    var nodes = [];
    for (var n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    for (var k = 0; k < nodes.length; k++) {
      var node = nodes[k];
      var text = node.nodeValue;
      // The folded text, and where each of its characters comes from.
      var folded = '';
      var from = [];
      for (var i = 0; i < text.length; i++) {
        var f = fold(text.charAt(i));
        for (var j = 0; j < f.length; j++) from.push(i);
        folded += f;
      }
      from.push(text.length);
      var spans = [];
      for (var w = 0; w < words.length; w++) {
        for (var at = folded.indexOf(words[w]); at !== -1; at = folded.indexOf(words[w], at + words[w].length)) {
          spans.push([from[at], from[at + words[w].length]]);
        }
      }
      if (spans.length === 0) continue;
      spans.sort(function (a, b) { return a[0] - b[0]; });
      var frag = document.createDocumentFragment();
      var last = 0;
      for (var s = 0; s < spans.length; s++) {
        if (spans[s][0] < last) continue;
        frag.appendChild(document.createTextNode(text.slice(last, spans[s][0])));
        var m = document.createElement('mark');
        m.className = 'pk-mark';
        m.textContent = text.slice(spans[s][0], spans[s][1]);
        frag.appendChild(m);
        marks.push(m);
        last = spans[s][1];
      }
      frag.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(frag, node);
    }
  }

  function say(found, query) {
    for (var i = 0; i < status.length; i++) {
      var el = status[i];
      el.textContent = query ? (found ? el.getAttribute('data-found') + ': ' + found : el.getAttribute('data-none')) : '';
    }
  }

  function markRow(row, words) {
    var cells = cellsOf(row);
    for (var i = 0; i < cells.length; i++) mark(cells[i], words);
  }

  function search() {
    clear();
    var query = fold(input.value).replace(/^\s+|\s+$/g, '');
    var words = query.length < 2 ? [] : query.split(/\s+/);
    var found = 0;
    for (var i = 0; i < modules.length; i++) {
      var mod = modules[i];
      var whole = words.length > 0 && mod.head !== null && holds(mod.head, words);
      var any = false;
      for (var r = 0; r < mod.rows.length; r++) {
        var row = mod.rows[r];
        var hit = words.length === 0 || whole || holds(row, words);
        row.classList.toggle('pk-miss', !hit);
        if (!hit) continue;
        any = true;
        if (words.length === 0) continue;
        found++;
        markRow(row, words);
      }
      if (whole) markRow(mod.head, words);
      mod.el.classList.toggle('pk-miss', !any && !whole);
    }
    // A facilitator note holding a word is opened, and closed again after.
    for (var m = 0; m < marks.length; m++) {
      for (var p = marks[m].parentNode; p && p !== document.body; p = p.parentNode) {
        if (p.tagName === 'DETAILS' && !p.open) {
          p.open = true;
          opened.push(p);
        }
      }
    }
    say(found, words.length > 0);
  }

  input.addEventListener('input', search);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && input.value !== '') {
      input.value = '';
      search();
    }
  });
  // Another language shown, or the screen turned: search what is now shown.
  var radios = document.querySelectorAll('input.pk-lang-radio');
  for (var i = 0; i < radios.length; i++) radios[i].addEventListener('change', search);
  if (narrow && narrow.addEventListener) narrow.addEventListener('change', search);
  if (input.value !== '') search();
})();
