/* teipress: the website's search, offline. The index (search-index.js, written by teipress build)
   sets window.teipressSearchIndex = {documents: [[id, href, n, title, date], ...],
   words: {word: [document indexes], ...}}. A query's words are folded as teipress folds the
   text (src/build/site_search.cpp: lower case, accents dropped, ß → ss ...); a document matches
   when it has every word, the last one also as the beginning of a word (so results come while
   typing). No network, no server: works from file:// and from any static web server. */
(function () {
  'use strict';
  var index = window.teipressSearchIndex;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!index || !form || !input || !status || !list) return;

  // Letters NFD does not take apart, as the index folds them.
  var FOLD = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ŀ': 'l',
               'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ĳ': 'ij', 'ĸ': 'k', 'ŉ': 'n', 'ŋ': 'n',
               'ſ': 's' };
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[ßæœøđðłŀþıħŧĳĸŉŋſ]/g, function (c) { return FOLD[c]; });
  }
  function wordsOf(text) {
    return (fold(text).match(/[0-9a-z\u0180-\u024f\u0370-\u052f]+/g) || [])
      .filter(function (w) { return w.length > 1; });
  }

  var vocabulary = Object.keys(index.words).sort();
  // The words of the index that begin with prefix (a binary search for the first).
  function wordsStartingWith(prefix) {
    var lo = 0, hi = vocabulary.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (vocabulary[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    var found = [];
    for (var i = lo; i < vocabulary.length && vocabulary[i].lastIndexOf(prefix, 0) === 0; i++) found.push(vocabulary[i]);
    return found;
  }
  // The set of documents (indexes) holding word, or any word it begins when prefix.
  function documentsWith(word, prefix) {
    var set = new Set();
    var words = prefix ? wordsStartingWith(word) : (index.words.hasOwnProperty(word) ? [word] : []);
    words.forEach(function (w) { index.words[w].forEach(function (d) { set.add(d); }); });
    return set;
  }

  function search(query) {
    var words = wordsOf(query);
    list.textContent = '';
    if (words.length === 0) {
      status.textContent = query.trim() ? 'Type a word of two letters or more.' : '';
      return;
    }
    var matches = null;
    words.forEach(function (w, i) {
      var found = documentsWith(w, i === words.length - 1);
      matches = matches === null ? found : new Set(Array.from(matches).filter(function (d) { return found.has(d); }));
    });
    var hits = Array.from(matches).sort(function (a, b) { return a - b; });
    status.textContent = hits.length === 0 ? 'No document holds ' + words.join(' and ') + '.'
      : hits.length + ' document' + (hits.length === 1 ? '' : 's') + ' found.';
    hits.forEach(function (d) {
      var doc = index.documents[d];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = doc[1];
      link.textContent = (doc[2] ? doc[2] + '. ' : '') + doc[3];
      item.appendChild(link);
      if (doc[4]) {
        var time = document.createElement('time');
        time.dateTime = doc[4];
        time.textContent = ' ' + doc[4];
        item.appendChild(time);
      }
      list.appendChild(item);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(input.value);
  });
  input.addEventListener('input', function () { search(input.value); });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
}());
