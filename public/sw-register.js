/* Offline worker (src/integrations/offline.ts), registered after load so it never slows the page.
   The first page predates the worker: stored here once. */
(function () {
  if (!('serviceWorker' in navigator)) return;
  var sw = navigator.serviceWorker;
  function register() {
    var firstVisit = !sw.controller;
    sw.register('/sw.js')
      .then(function () {
        return sw.ready;
      })
      .then(function () {
        if (firstVisit && 'caches' in window)
          return caches.open('antq-trang').then(function (cache) {
            return cache.add(location.href.split('#')[0]);
          });
      })
      .catch(function () {
        /* Offline reading is a bonus; the site works without it. */
      });
  }
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
})();
