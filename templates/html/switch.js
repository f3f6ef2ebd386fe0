// promokit: remembers the reader's language (the switch itself is radio
// buttons and CSS, and works without this script).
(function () {
  var KEY = 'promokit-lang';
  var radios = document.querySelectorAll('input.pk-lang-radio');
  var saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { /* storage off: nothing remembered */ }
  for (var i = 0; i < radios.length; i++) {
    var radio = radios[i];
    if (saved !== null && radio.value === saved) radio.checked = true;
    radio.addEventListener('change', function (event) {
      try { window.localStorage.setItem(KEY, event.target.value); } catch (e) { /* storage off */ }
    });
  }
})();
