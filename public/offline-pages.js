/*
 * On the offline page only: lists the pages this device has stored (the service worker's "antq-trang"
 * cache) with their titles, so a reader without signal sees what they can still open.
 */
(async function () {
  var list = document.getElementById('trang-da-luu');
  var empty = document.getElementById('chua-co-trang');
  var noScript = document.getElementById('can-javascript');
  if (noScript) noScript.hidden = true;
  if (!list || !empty) return;
  try {
    var cache = await caches.open('antq-trang');
    var pages = [];
    for (var request of await cache.keys()) {
      var url = new URL(request.url);
      var path = url.pathname + url.search;
      if (path === location.pathname || path === '/ngoai-tuyen/') continue;
      var response = await cache.match(request);
      // Parsed into an inert <template>: in a DOMParser document each stored page's <style> elements would be
      // checked against this page's Content-Security-Policy, and refused, one violation each.
      var template = document.createElement('template');
      template.innerHTML = response ? await response.text() : '';
      var titleElement = template.content.querySelector('title');
      // Page titles end with " – <site name>": the list is clearer without it.
      var title = ((titleElement && titleElement.textContent) || url.pathname).replace(/ – [^–]+$/, '');
      pages.push({ path: path, title: title });
    }
    pages.sort(function (a, b) {
      return a.title.localeCompare(b.title, 'vi');
    });
    for (var page of pages) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = page.path;
      a.textContent = page.title;
      li.appendChild(a);
      list.appendChild(li);
    }
    list.hidden = pages.length === 0;
    empty.hidden = pages.length > 0;
  } catch (error) {
    empty.hidden = false;
  }
})();
