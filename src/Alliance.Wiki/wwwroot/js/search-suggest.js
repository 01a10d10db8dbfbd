// Search suggestions: as a reader types in a search box, the titles and aliases that start with the text appear in a
// list under it, an ARIA combobox with a listbox. Up and Down move through the list, Enter opens the chosen article,
// Escape closes the list; a status line tells screen readers how many suggestions there are.
// Progressive enhancement: without JavaScript each box is a plain search form.
(() => {
    "use strict";
    const delay = 120;
    let boxes = 0;

    function enhance(input) {
        const form = input.form;
        const id = "search-suggestions-" + (++boxes);
        const list = document.createElement("ul");
        list.id = id;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Suggested articles");
        list.hidden = true;
        const status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.classList.add("has-suggestions");
        input.after(list);
        form.appendChild(status);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", id);
        input.setAttribute("autocomplete", "off");

        let suggestions = [];
        let active = -1;
        let timer = 0;
        let pending = null;

        function open() {
            if (suggestions.length > 0) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            choose(-1);
        }

        function choose(index) {
            active = index;
            Array.from(list.children).forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
            if (index < 0) {
                input.removeAttribute("aria-activedescendant");
                return;
            }
            const option = list.children[index];
            input.setAttribute("aria-activedescendant", option.id);
            option.scrollIntoView({ block: "nearest" });
        }

        function line(className, text) {
            const span = document.createElement("span");
            span.className = className;
            span.textContent = text;
            return span;
        }

        function render(items) {
            suggestions = items;
            list.replaceChildren(...items.map((item, i) => {
                const option = document.createElement("li");
                option.id = id + "-" + i;
                option.className = "search-suggestion";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.appendChild(line("suggestion-title", item.title));
                if (item.alias) {
                    const alias = option.appendChild(line("suggestion-alias", item.alias));
                    if (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/.test(item.alias)) {
                        alias.lang = "ko";
                    }
                }
                if (item.summary) {
                    option.appendChild(line("suggestion-summary", item.summary));
                }
                // Keep the focus in the box, so a click does not close the list before it lands.
                option.addEventListener("mousedown", e => e.preventDefault());
                option.addEventListener("click", () => go(item));
                return option;
            }));
            active = -1;
            status.textContent = items.length === 0 ? "No suggestions."
                : items.length + (items.length === 1 ? " suggestion" : " suggestions") + ". Use the up and down arrows to choose.";
            if (items.length > 0) {
                open();
            } else {
                close();
            }
        }

        function go(item) {
            window.location.assign(item.url);
        }

        async function suggest(text) {
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            try {
                const response = await fetch("/api/suggest?q=" + encodeURIComponent(text), { signal: pending.signal, headers: { Accept: "application/json" } });
                const items = response.ok ? await response.json() : [];
                if (input.value.trim() === text) {
                    render(items);
                }
            } catch (error) {
                if (error.name !== "AbortError") {
                    close();
                }
            }
        }

        input.addEventListener("input", () => {
            clearTimeout(timer);
            const text = input.value.trim();
            if (text.length === 0) {
                suggestions = [];
                list.replaceChildren();
                close();
                return;
            }
            timer = setTimeout(() => suggest(text), delay);
        });

        input.addEventListener("keydown", e => {
            const count = suggestions.length;
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                if (count === 0) {
                    return;
                }
                e.preventDefault();
                if (list.hidden) {
                    open();
                }
                const step = e.key === "ArrowDown" ? 1 : -1;
                choose(active < 0 && step < 0 ? count - 1 : (active + step + count) % count);
            } else if (e.key === "Enter" && !list.hidden && active >= 0) {
                e.preventDefault();
                go(suggestions[active]);
            } else if (e.key === "Escape" && !list.hidden) {
                e.preventDefault();
                close();
            }
        });

        input.addEventListener("blur", close);
    }

    document.querySelectorAll("form[role='search'] input[name='q']").forEach(enhance);
})();
