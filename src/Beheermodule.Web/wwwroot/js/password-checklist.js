// Updates the checklist beside a new-password field (_NewPasswordField) while the person types: a short pause after
// the last key, then the password and the names the page gave are posted to the check endpoint, with the form's
// antiforgery token as a header. The server renders the same list, so without script the page still works: the
// checklist then shows after sending. Nothing is kept here; the answer only sets the state of each line.
(function () {
    "use strict";
    var fields = document.querySelectorAll("[data-password-checklist]");
    var pauseMs = 350;
    var states = {
        met: { mark: "\u2713", text: "(voldaan)" },
        unmet: { mark: "\u2717", text: "(nog niet voldaan)" },
        open: { mark: "\u2022", text: "" }
    };

    function setState(item, state) {
        item.classList.remove("rule-met", "rule-unmet", "rule-open");
        item.classList.add("rule-" + state);
        item.querySelector(".rule-mark").textContent = states[state].mark;
        item.querySelector(".rule-state").textContent = states[state].text;
    }

    function organisationNames(field) {
        try {
            var names = JSON.parse(field.getAttribute("data-organisation-names") || "[]");
            return Array.isArray(names) ? names : [];
        } catch (e) {
            return [];
        }
    }

    function userName(field, form) {
        var typedIn = field.getAttribute("data-user-name-field");
        var input = typedIn && form ? form.querySelector("[name='" + typedIn.replace(/'/g, "") + "']") : null;
        return input ? input.value : (field.getAttribute("data-user-name") || null);
    }

    Array.prototype.forEach.call(fields, function (field) {
        var input = field.querySelector("input[type=password]");
        var form = field.closest("form");
        var tokenInput = form ? form.querySelector("input[name=__RequestVerificationToken]") : null;
        if (!input || !tokenInput) {
            return;
        }
        var items = field.querySelectorAll("[data-rule]");
        var timer = null;
        var latest = 0;

        function check() {
            var password = input.value;
            if (password === "") {
                Array.prototype.forEach.call(items, function (item) { setState(item, "open"); });
                return;
            }
            var request = ++latest;
            fetch(field.getAttribute("data-check-url"), {
                method: "POST",
                credentials: "same-origin",
                cache: "no-store",
                headers: { "Content-Type": "application/json", "RequestVerificationToken": tokenInput.value },
                body: JSON.stringify({ password: password, userName: userName(field, form), organisationNames: organisationNames(field) })
            })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (answer) {
                    // An older answer arriving after a newer one must not overwrite it.
                    if (!answer || request !== latest) {
                        return;
                    }
                    answer.rules.forEach(function (rule) {
                        var item = field.querySelector("[data-rule='" + rule.id + "']");
                        if (item) {
                            setState(item, rule.met ? "met" : "unmet");
                        }
                    });
                })
                .catch(function () { /* The check only helps; the form is checked again when it is sent. */ });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(check, pauseMs);
        });
    });
})();
