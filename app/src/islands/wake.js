// Wakes the islands of a page the server rendered. Nothing is fetched until the page has been
// drawn and the browser is idle, so a phone on a slow connection spends it on the page and its
// stylesheet first. Then the bundle is loaded, and each <leptos-island> is handed to the
// function of its name in the bundle; an island inside another's children is woken inside its
// owner (the children's callback, set when the outer island woke, runs first).
// `calicoWake(element)` wakes the islands put on the page later (live updates).
(folder, bundle) => {
  const start = async () => {
    const islands = await import(`${folder}/${bundle}.js`);
    await islands.default({ module_or_path: `${folder}/${bundle}_bg.wasm` });
    islands.hydrate();
    const owners = [];
    const wake = (element) => {
      const name = element.dataset.component;
      if (typeof islands[name] !== "function") {
        console.warn(`The bundle ${bundle} has no island ${name}.`);
        return;
      }
      const owner = owners[owners.length - 1];
      if (owner) owner();
      islands[name](element);
    };
    const walk = (node) => {
      if (node.localName === "leptos-island") wake(node);
      const children = node.localName === "leptos-children";
      if (children) owners.push(node.$$on_hydrate);
      for (const child of node.children) walk(child);
      if (children) owners.pop();
    };
    window.calicoWake = walk;
    walk(document.body);
  };
  if ("requestIdleCallback" in window) requestIdleCallback(start);
  else setTimeout(start, 1);
}
