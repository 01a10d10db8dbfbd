// Page previews: hovering or focusing a wiki link shows the target's summary in a small card.
// Progressive enhancement: without JavaScript the links work as plain links.
(() => {
    "use strict";
    const cache = new Map();
    const card = document.createElement("div");
    card.id = "preview-card";
    card.className = "preview-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    document.body.appendChild(card);

    let current = null;
    let showTimer = 0;
    let hideTimer = 0;

    function previewFor(title) {
        if (!cache.has(title)) {
            cache.set(title, fetch("/api/preview?title=" + encodeURIComponent(title), { headers: { Accept: "application/json" } })
                .then(r => (r.ok ? r.json() : null))
                .catch(() => null));
        }
        return cache.get(title);
    }

    function render(preview) {
        card.replaceChildren();
        const title = document.createElement("span");
        title.className = "preview-title";
        title.textContent = preview.title;
        card.appendChild(title);
        if (preview.korean) {
            const korean = document.createElement("span");
            korean.className = "preview-korean";
            korean.lang = "ko";
            korean.textContent = preview.korean;
            card.appendChild(korean);
        }
        const summary = document.createElement("p");
        summary.textContent = preview.summary || "No summary.";
        card.appendChild(summary);
    }

    function place(link) {
        const box = link.getBoundingClientRect();
        const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
        card.style.left = Math.max(8, left) + "px";
        card.style.top = (window.scrollY + box.bottom + 6) + "px";
    }

    async function show(link) {
        const preview = await previewFor(link.dataset.title);
        if (!preview || current !== link) {
            return;
        }
        render(preview);
        card.hidden = false;
        place(link);
        link.setAttribute("aria-describedby", card.id);
    }

    function hide() {
        clearTimeout(showTimer);
        if (current) {
            current.removeAttribute("aria-describedby");
        }
        current = null;
        card.hidden = true;
    }

    function linkOf(target) {
        const link = target instanceof Element ? target.closest("a.wikilink[data-title]") : null;
        return link && !link.classList.contains("new") ? link : null;
    }

    function begin(link, delay) {
        clearTimeout(hideTimer);
        if (current === link) {
            return;
        }
        hide();
        current = link;
        showTimer = setTimeout(() => show(link), delay);
    }

    document.addEventListener("mouseover", e => {
        const link = linkOf(e.target);
        if (link) {
            begin(link, 300);
        } else if (card.contains(e.target)) {
            clearTimeout(hideTimer);
        }
    });
    document.addEventListener("mouseout", e => {
        if (linkOf(e.target) || card.contains(e.target)) {
            hideTimer = setTimeout(hide, 250);
        }
    });
    document.addEventListener("focusin", e => {
        const link = linkOf(e.target);
        if (link) {
            begin(link, 0);
        } else {
            hide();
        }
    });
    document.addEventListener("keydown", e => {
        if (e.key === "Escape" && !card.hidden) {
            hide();
        }
    });
})();
