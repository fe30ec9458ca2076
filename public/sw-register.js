/*
 * Registers the service worker that keeps the pages a reader opens for offline reading (built by
 * src/integrations/offline.ts), once the page has loaded: the worker's install then never competes with the
 * page's own first paint on a slow phone. The page that installs the worker was loaded before the worker existed,
 * so it is stored here once by hand; every later page is stored by the worker itself.
 */
(function () {
  if (!('serviceWorker' in navigator)) return;
  function register() {
    var firstVisit = !navigator.serviceWorker.controller;
    navigator.serviceWorker
      .register('/sw.js')
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function () {
        if (firstVisit && 'caches' in window) {
          return caches.open('antq-trang').then(function (cache) {
            return cache.add(location.href.split('#')[0]);
          });
        }
      })
      .catch(function () {
        /* Offline reading is a bonus; the site works without it. */
      });
  }
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
