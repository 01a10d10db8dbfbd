// Live preview for the edit form: the server renders the text with the wiki's own pipeline as the editor types.
// Without JavaScript the "Show preview" button does the same through the form.
(() => {
    "use strict";
    const form = document.getElementById("editor");
    const live = document.getElementById("live-preview");
    if (!form || !live) {
        return;
    }
    const text = form.querySelector("textarea[name='Text']");
    const target = live.querySelector(".article-body");
    let timer = 0;
    let sent = 0;

    async function refresh() {
        const body = new FormData();
        body.append("text", text.value);
        body.append("section", form.dataset.section || "");
        body.append("__RequestVerificationToken", form.querySelector("input[name='__RequestVerificationToken']").value);
        const ticket = ++sent;
        try {
            const response = await fetch("/api/render", { method: "POST", body, credentials: "same-origin" });
            if (!response.ok || ticket !== sent) {
                return;
            }
            // The HTML comes from the wiki's sanitising pipeline, the same that renders articles.
            target.innerHTML = await response.text();
            live.hidden = false;
        } catch {
            // A failed preview leaves the editor's text untouched; the next keystroke tries again.
        }
    }

    text.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(refresh, 400);
    });
})();
