// The dynaspec console: polls the engine's admin API and draws what it answers. Plain
// JavaScript, no libraries, so the page works offline from the engine's own jar.
"use strict";

(() => {
  const API = "/dynaspec/";
  const POLL_MS = 500;
  const ZONES = ["a", "b", "c"];
  const SVG = "http://www.w3.org/2000/svg";

  const state = {
    status: null,        // GET status
    writes: null,        // GET writes
    items: null,         // GET items/{table}/{partition}
    table: null,         // the table shown
    partition: 0,        // the partition whose items are shown
    located: null,       // the last answer of POST locate, for the table shown
    shown: {}            // the JSON each view was last drawn from, to redraw only on change
  };

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }

  /** A coloured status always carries its name as text: colour is never the only signal. */
  function badge(stateName, text) {
    return el("span", { class: "badge", "data-state": stateName, text });
  }

  /** An attribute value in DynamoDB JSON, as a person reads it. */
  function show(v) {
    if (v === null || v === undefined) return "";
    const [type, value] = Object.entries(v)[0];
    if (type === "S") return JSON.stringify(value);
    if (type === "N") return value;
    if (type === "B") return "b64:" + value;
    if (type === "BOOL") return String(value);
    if (type === "NULL") return "null";
    if (type === "SS") return "{" + value.map((s) => JSON.stringify(s)).join(", ") + "}";
    if (type === "NS") return "{" + value.join(", ") + "}";
    if (type === "BS") return "{" + value.map((b) => "b64:" + b).join(", ") + "}";
    if (type === "L") return "[" + value.map(show).join(", ") + "]";
    if (type === "M") return "{" + Object.entries(value).map(([k, x]) => k + ": " + show(x)).join(", ") + "}";
    return JSON.stringify(v);
  }

  /** The first hex digits of a 64-bit hash, as a fraction of the hash space. */
  function fraction(hex) {
    return parseInt(hex.slice(0, 12), 16) / 2 ** 48;
  }

  async function getJson(path) {
    const r = await fetch(API + path, { cache: "no-store" });
    return { ok: r.ok, body: await r.json() };
  }

  async function post(path, body) {
    const r = await fetch(API + path, {
      method: "POST", cache: "no-store",
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? "" : JSON.stringify(body)
    });
    return { ok: r.ok, body: await r.json() };
  }

  // ---- polling ---------------------------------------------------------------------------

  let polling = false;

  async function poll() {
    if (polling) return;
    polling = true;
    try {
      const [status, writes] = await Promise.all([getJson("status"), getJson("writes")]);
      state.status = status.body;
      state.writes = writes.body;
      chooseTable();
      const t = currentTable();
      state.items = t ? (await getJson("items/" + encodeURIComponent(t.name) + "/" + state.partition)).body : null;
      setConnection(true);
      render();
    } catch (e) {
      setConnection(false);
    } finally {
      polling = false;
      // Tests and people waiting for the next picture listen for this.
      window.dispatchEvent(new Event("dynaspec:rendered"));
    }
  }

  function setConnection(live) {
    const c = $("connection");
    c.dataset.state = live ? "live" : "offline";
    c.textContent = live ? "live: updated every " + POLL_MS + " ms" : "offline: the engine does not answer";
  }

  function currentTable() {
    if (!state.status || !state.table) return null;
    return state.status.tables.find((t) => t.name === state.table) || null;
  }

  /** Keeps the table shown while it exists, otherwise shows the first one. */
  function chooseTable() {
    const tables = state.status.tables;
    if (!tables.some((t) => t.name === state.table)) {
      state.table = tables.length ? tables[0].name : null;
      state.partition = 0;
      state.located = null;
    }
    const t = currentTable();
    if (t && state.partition >= t.partitions.length) state.partition = 0;
  }

  function selectTable(name) {
    state.table = name;
    state.partition = 0;
    state.located = null;
    $("locate-result").textContent = "";
    state.shown = {};
    poll();
  }

  function selectPartition(p) {
    state.partition = p;
    state.shown.items = null;
    state.shown.map = null;
    poll();
  }

  // ---- drawing ---------------------------------------------------------------------------

  function changed(view, data) {
    const text = JSON.stringify(data);
    if (state.shown[view] === text) return false;
    state.shown[view] = text;
    return true;
  }

  function render() {
    const st = state.status;
    const t = currentTable();
    if (changed("zones", [st.failedZones, st.heldZones])) drawZones(st);
    if (changed("tabs", [st.tables.map((x) => x.name), state.table])) drawTabs(st);
    if (changed("map", [t, state.partition, state.located])) drawMap(t);
    if (changed("keys", t && t.keySchema)) drawKeyFields(t);
    if (changed("items", state.items)) drawItems(t);
    if (changed("groups", [t, st.heldZones])) drawGroups(t, st);
    if (changed("writes", state.writes)) drawWrites(state.writes);
  }

  function drawZones(st) {
    const cards = ZONES.map((z) => {
      const down = st.failedZones.includes(z);
      const held = st.heldZones.includes(z);
      const act = (verb, label) => el("button", {
        type: "button", id: verb + "-" + z, "data-zone": z,
        onclick: async () => { await post("faults/" + verb + "/" + z); state.shown = {}; poll(); }
      }, label);
      return el("div", { class: "zone-card", id: "zone-" + z, "data-zone": z, "data-up": String(!down), "data-held": String(held) },
        el("h3", { text: "AZ " + z }),
        badge(down ? "down" : "up", down ? "zone " + z + " down" : "zone " + z + " up"),
        badge(held ? "held" : "delivering", held ? "deliveries held" : "deliveries flowing"),
        el("div", { class: "actions" },
          down ? act("recover-az", "recover AZ " + z) : act("fail-az", "fail AZ " + z),
          held ? act("release", "release AZ " + z) : act("hold", "hold AZ " + z)));
    });
    $("zone-cards").replaceChildren(...cards);
  }

  function drawTabs(st) {
    $("no-tables").hidden = st.tables.length > 0;
    $("table-tabs").replaceChildren(...st.tables.map((t) => el("button", {
      type: "button", class: "table-tab", "data-table": t.name, "aria-pressed": String(t.name === state.table),
      onclick: () => selectTable(t.name)
    }, t.name)));
  }

  /** The seed's simple-key picture: the hash space cut into ranges, one per partition. */
  function drawMap(t) {
    const box = $("partition-map");
    if (!t) { box.replaceChildren(); return; }
    const W = 960, X0 = 10, BAR = 940, Y = 46, H = 64;
    const n = t.partitions.length;
    const located = state.located && state.located.table === t.name ? state.located : null;
    const root = svg("svg", { viewBox: "0 0 " + W + " 150", role: "img",
      "aria-label": "partition map of " + t.name + ": " + n + " hash ranges" });
    root.append(svg("title", { text: "Partition map of " + t.name }));
    t.partitions.forEach((p, i) => {
      const x = X0 + BAR * fraction(p.hashRangeStart);
      const end = i + 1 < n ? X0 + BAR * fraction(t.partitions[i + 1].hashRangeStart) : X0 + BAR;
      const leaderItems = (p.replicas.find((r) => r.leader) || p.replicas[0]).items;
      const classes = ["range"];
      if (i === state.partition) classes.push("selected");
      if (located && located.partition === i) classes.push("located");
      const g = svg("g", { class: classes.join(" "), "data-partition": String(i), tabindex: "0", role: "button",
        "aria-label": "partition " + i + ", hash from " + p.hashRangeStart + ", " + leaderItems + " items; show its items",
        onclick: () => selectPartition(i),
        onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectPartition(i); } } });
      const items = leaderItems + (leaderItems === 1 ? " item" : " items");
      g.append(svg("title", { text: "partition " + i + ": " + items + ", hashes from " + p.hashRangeStart }));
      g.append(svg("rect", { x, y: Y, width: Math.max(end - x, 1), height: H }));
      const mid = (x + end) / 2;
      // Many partitions make narrow ranges: their labels are left to the hover title and the
      // partition groups below, rather than drawn over each other.
      if (end - x >= 90) {
        g.append(svg("text", { x: mid, y: Y + 24, "text-anchor": "middle", text: "partition " + i + (i === state.partition ? " (shown)" : "") }));
        g.append(svg("text", { x: mid, y: Y + 44, "text-anchor": "middle", text: items }));
      } else if (end - x >= 24) {
        g.append(svg("text", { x: mid, y: Y + 24, "text-anchor": "middle", text: String(i) }));
        g.append(svg("text", { x: mid, y: Y + 44, "text-anchor": "middle", text: String(leaderItems) }));
      }
      if (end - x >= 50) {
        g.append(svg("text", { class: "axis", x: x + 2, y: Y + H + 16, text: p.hashRangeStart.slice(0, 4) + "…" }));
      }
      root.append(g);
    });
    root.append(svg("text", { class: "axis", x: X0 + BAR, y: Y + H + 32, "text-anchor": "end", text: "ffff… (end of the hash space)" }));
    const compact = BAR / n < 90;
    root.append(svg("text", { x: X0, y: 16, text: "hash(partition key) →  0000… to ffff… , one range per partition"
      + (compact ? "; in each range its partition number above its item count" : "") }));
    if (located) {
      const x = X0 + BAR * fraction(located.hash);
      root.append(svg("g", { class: "marker" },
        svg("line", { x1: x, y1: 24, x2: x, y2: Y - 6 }),
        svg("path", { d: "M" + (x - 5) + " " + (Y - 10) + " L" + (x + 5) + " " + (Y - 10) + " L" + x + " " + (Y - 2) + " Z" }),
        svg("text", { x: Math.min(Math.max(x, X0 + 60), X0 + BAR - 60), y: 36, "text-anchor": "middle", text: "key hash " + located.hash.slice(0, 8) + "…" })));
    }
    box.replaceChildren(root);
  }

  function drawKeyFields(t) {
    const form = $("locate-form");
    form.hidden = !t;
    if (!t) return;
    $("key-fields").replaceChildren(...t.keySchema.map((k) => el("label", {},
      (k.KeyType === "HASH" ? "partition key " : "sort key ") + k.AttributeName + " (" + k.AttributeType + ")",
      el("input", { name: k.AttributeName, "data-type": k.AttributeType, "data-key-type": k.KeyType, required: true,
        autocomplete: "off", spellcheck: "false" }))));
  }

  async function locate(ev) {
    ev.preventDefault();
    const t = currentTable();
    if (!t) return;
    const key = {};
    for (const input of $("key-fields").querySelectorAll("input")) {
      key[input.name] = { [input.dataset.type]: input.value };
    }
    const r = await post("locate", { TableName: t.name, Key: key });
    const out = $("locate-result");
    if (!r.ok) {
      state.located = null;
      out.replaceChildren(badge("refused", "not located"), " " + r.body.error);
      return;
    }
    const a = r.body;
    state.located = a;
    const holders = a.replicas.filter((x) => x.holdsItem).map((x) => x.zone);
    out.replaceChildren(
      "hash ", el("code", { text: a.hash }), " → ",
      el("strong", { id: "located-partition", "data-partition": String(a.partition), text: "partition " + a.partition }),
      " (hash range from ", el("code", { text: a.hashRangeStart }), "), leader " + (a.leader || "none") + ", epoch " + a.epoch + "; ",
      holders.length ? "the item is held by " + holders.map((z) => "AZ " + z).join(", ") : "no replica holds such an item yet");
    selectPartition(a.partition);
  }

  /** The seed's composite-key picture: a partition's items grouped by partition key, in sort-key order. */
  function drawItems(t) {
    const list = $("item-list");
    const title = $("items-title");
    const it = state.items;
    if (!t || !it || it.table !== t.name) {
      title.textContent = "No partition chosen.";
      title.className = "empty";
      list.replaceChildren();
      return;
    }
    const count = it.collections.reduce((s, c) => s + c.items.length, 0);
    title.className = "";
    title.textContent = t.name + ", partition " + it.partition + ": " + count + (count === 1 ? " item" : " items")
      + " in " + it.collections.length + " partition " + (it.collections.length === 1 ? "key" : "keys")
      + (it.view === "replica" ? " (no leader: a live replica's items, which may be behind)" : "")
      + (it.truncated ? " (the first ones only)" : "");
    const pk = it.keySchema[0].AttributeName;
    const sk = it.keySchema.length > 1 ? it.keySchema[1].AttributeName : null;
    list.replaceChildren(...it.collections.map((c) => el("div", { class: "collection", "data-partition-key": show(c.partitionKey) },
      el("h3", {}, "partition key " + pk + " = ", el("code", { text: show(c.partitionKey) }), " · hash ", el("code", { text: c.hash.slice(0, 8) + "…" })),
      el("ol", {}, ...c.items.map((item) => {
        const rest = Object.entries(item).filter(([k]) => k !== pk && k !== sk).map(([k, v]) => k + ": " + show(v)).join(", ");
        return el("li", { class: "item" },
          sk ? el("span", { class: "sort-key", text: sk + " = " + show(item[sk]) }) : null,
          sk && rest ? " · " : "",
          el("span", { class: "mono", text: rest || (sk ? "" : "(key only)") }));
      })))));
  }

  /** The seed's replication pictures: each group as three AZ columns, the leader marked. */
  function drawGroups(t, st) {
    const list = $("group-list");
    if (!t) { list.replaceChildren(el("p", { class: "empty", text: "No table chosen." })); return; }
    list.replaceChildren(...t.partitions.map((p) => {
      const lead = p.replicas.find((r) => r.leader);
      const leadApplied = lead ? lead.applied : p.logLength;
      const head = el("h3", {}, t.name + " · partition " + p.partition + " · ",
        el("span", { class: "epoch", text: "epoch " + p.epoch }), " · log " + p.logLength + (p.logLength === 1 ? " entry " : " entries "),
        p.leader ? badge("leader", "leader AZ " + p.leader) : badge("no-leader", "no leader: writes refused"));
      const cols = p.replicas.map((r) => {
        const lag = Math.max(0, leadApplied - r.applied);
        const held = st.heldZones.includes(r.zone) && r.up && !r.leader;
        const classes = ["replica"];
        if (r.leader) classes.push("is-leader");
        if (!r.up) classes.push("is-down");
        return el("div", { class: classes.join(" "), "data-zone": r.zone, "data-leader": String(r.leader), "data-up": String(r.up),
          "data-applied": String(r.applied), "data-lag": String(lag) },
          el("h4", { text: "AZ " + r.zone }),
          r.leader ? badge("leader", "leader") : badge("follower", "follower"),
          badge(r.up ? "up" : "down", r.up ? "zone up" : "zone down"),
          r.leader ? null : (lag === 0 ? badge("caught-up", "caught up") : badge("lagging", lag + " behind")),
          held ? badge("held", "deliveries held: " + lag) : null,
          el("dl", {},
            el("dt", { text: "log position" }), el("dd", { class: "applied", text: String(r.applied) }),
            el("dt", { text: "lag" }), el("dd", { class: "lag", text: r.leader ? "—" : String(lag) }),
            el("dt", { text: "items" }), el("dd", { class: "items", text: String(r.items) }),
            el("dt", { text: "last entry's epoch" }), el("dd", { text: String(r.lastEpoch) })));
      });
      return el("div", { class: "group", "data-partition": String(p.partition), "data-leader": p.leader || "" },
        head, el("div", { class: "replicas" }, ...cols));
    }));
  }

  const OUTCOME = {
    ACKNOWLEDGED: ["acknowledged", "acknowledged"],
    REFUSED: ["refused", "refused"],
    CUT: ["cut", "cut by failover"]
  };

  function drawWrites(w) {
    $("no-writes").hidden = w.writes.length > 0;
    $("write-feed").querySelector("tbody").replaceChildren(...w.writes.map((x) => {
      const [name, text] = OUTCOME[x.outcome];
      const key = show(x.key.partition) + (x.key.sort ? " / " + show(x.key.sort) : "");
      const detail = x.outcome === "ACKNOWLEDGED"
        ? (x.deleted ? "deleted; " : "") + "log entry " + x.sequence + " of epoch " + x.epoch
        : x.reason;
      return el("tr", { class: "write", "data-outcome": name },
        el("td", { text: String(x.number) }), el("td", { text: x.table }), el("td", { text: String(x.partition) }),
        el("td", { class: "mono", text: key }), el("td", {}, badge(name, text)), el("td", { text: detail }));
    }));
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("locate-form").addEventListener("submit", locate);
    poll();
    setInterval(poll, POLL_MS);
  });
})();
