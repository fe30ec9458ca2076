/*
 * On the offline page only: lists the pages this device has stored (the service worker's "antq-trang"
 * cache) with their titles, so a reader without signal sees what they can still open.
 */
(function () {
  var list = document.getElementById('trang-da-luu');
  var empty = document.getElementById('chua-co-trang');
  var noScript = document.getElementById('can-javascript');
  if (noScript) noScript.hidden = true;
  if (!list || !empty || !('caches' in window)) {
    if (empty) empty.hidden = false;
    return;
  }
  var parser = new DOMParser();
  caches
    .open('antq-trang')
    .then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(
          requests.map(function (request) {
            return cache.match(request).then(function (response) {
              return response ? response.text() : '';
            }).then(function (html) {
              var url = new URL(request.url);
              var title = parser.parseFromString(html, 'text/html').title || url.pathname;
              return { path: url.pathname + url.search, title: title };
            });
          }),
        );
      });
    })
    .then(function (pages) {
      pages = pages.filter(function (p) {
        return p.path !== location.pathname;
      });
      pages.sort(function (a, b) {
        return a.title.localeCompare(b.title, 'vi');
      });
      if (pages.length === 0) {
        empty.hidden = false;
        return;
      }
      pages.forEach(function (p) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = p.path;
        a.textContent = p.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
    })
    .catch(function () {
      empty.hidden = false;
    });
})();
