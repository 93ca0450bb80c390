// Keeps the progress bars of print batches up to date, and reloads the page when a batch is done, so its download
// link appears. Without script the page still works: it says to refresh.
(function () {
    "use strict";
    var bars = document.querySelectorAll("[data-progress-url]");
    if (bars.length === 0) {
        return;
    }
    var number = new Intl.NumberFormat("nl-NL");

    function poll() {
        var pending = Array.prototype.map.call(bars, function (bar) {
            return fetch(bar.getAttribute("data-progress-url"), { credentials: "same-origin", cache: "no-store" })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (batch) {
                    if (!batch) {
                        return false;
                    }
                    var progress = bar.querySelector("progress");
                    progress.max = Math.max(batch.count, 1);
                    progress.value = batch.rendered;
                    bar.querySelector("[aria-live]").textContent = number.format(batch.rendered) + " van " + number.format(batch.count) + " brieven";
                    return batch.status !== "Queued" && batch.status !== "Rendering";
                })
                .catch(function () { return false; });
        });
        Promise.all(pending).then(function (finished) {
            if (finished.some(function (done) { return done; })) {
                window.location.reload();
            } else {
                window.setTimeout(poll, 1000);
            }
        });
    }

    window.setTimeout(poll, 1000);
})();
