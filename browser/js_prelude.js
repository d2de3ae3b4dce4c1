// The part of Pane's Web API bindings written in JavaScript, over natives
// from Go (js_prelude.go): Headers, Response, fetch(), XMLHttpRequest, URL,
// URLSearchParams, AbortController, AbortSignal, TextEncoder, TextDecoder,
// MutationObserver and history. It runs once per page runtime, as a
// function of the natives object, so the natives stay private.
(function (N, g) {
  "use strict";
  const define = (name, v) => Object.defineProperty(g, name, { value: v, writable: true, configurable: true });
  const iface = (name, cls) => {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: name, configurable: true });
    define(name, cls);
  };
  const domException = (msg, name) => {
    const e = new Error(msg);
    e.name = name;
    Object.setPrototypeOf(e, DOMException.prototype);
    return e;
  };

  // https://dom.spec.whatwg.org/#interface-abortcontroller
  class AbortSignal {
    constructor() { throw new TypeError("Illegal constructor"); }
    get aborted() { return this.__aborted === true; }
    get reason() { return this.__reason; }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) { const s = newSignal(); signalAbort(s, reason); return s; }
  }
  Object.setPrototypeOf(AbortSignal.prototype, EventTarget.prototype);
  iface("AbortSignal", AbortSignal);
  const newSignal = () => {
    const s = Object.create(AbortSignal.prototype);
    Object.defineProperty(s, "__aborted", { value: false, writable: true });
    Object.defineProperty(s, "__reason", { value: undefined, writable: true });
    s.onabort = null;
    return s;
  };
  // https://dom.spec.whatwg.org/#abortsignal-signal-abort
  const signalAbort = (s, reason) => {
    if (s.__aborted) return;
    s.__aborted = true;
    s.__reason = reason === undefined ? domException("signal is aborted without reason", "AbortError") : reason;
    const ev = new Event("abort");
    if (typeof s.onabort === "function") s.onabort.call(s, ev);
    s.dispatchEvent(ev);
  };
  class AbortController {
    constructor() { Object.defineProperty(this, "signal", { value: newSignal(), enumerable: true }); }
    abort(reason) { signalAbort(this.signal, reason); }
  }
  iface("AbortController", AbortController);

  // https://url.spec.whatwg.org/#interface-urlsearchparams
  const formEncode = (s) => encodeURIComponent(s).replace(/%20/g, "+").replace(/[!'()~]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  const formDecode = (s) => { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; } };
  class URLSearchParams {
    constructor(init) {
      Object.defineProperty(this, "__list", { value: [], writable: true });
      Object.defineProperty(this, "__url", { value: null, writable: true });
      if (init === undefined || init === null) return;
      if (typeof init === "object") {
        const src = init instanceof URLSearchParams ? init.__list : (typeof init[Symbol.iterator] === "function" ? Array.from(init) : Object.keys(init).map((k) => [k, init[k]]));
        for (const p of src) {
          if (p.length !== 2) throw new TypeError("URLSearchParams: each pair must have two items");
          this.__list.push([String(p[0]), String(p[1])]);
        }
        return;
      }
      this.__parse(String(init));
    }
    __parse(s) {
      if (s[0] === "?") s = s.slice(1);
      this.__list = [];
      for (const part of s.split("&")) {
        if (part === "") continue;
        const i = part.indexOf("=");
        this.__list.push(i < 0 ? [formDecode(part), ""] : [formDecode(part.slice(0, i)), formDecode(part.slice(i + 1))]);
      }
    }
    __update() { if (this.__url) this.__url.__setQuery(this.toString()); }
    get size() { return this.__list.length; }
    append(k, v) { this.__list.push([String(k), String(v)]); this.__update(); }
    delete(k) { k = String(k); this.__list = this.__list.filter((p) => p[0] !== k); this.__update(); }
    get(k) { k = String(k); const p = this.__list.find((p) => p[0] === k); return p ? p[1] : null; }
    getAll(k) { k = String(k); return this.__list.filter((p) => p[0] === k).map((p) => p[1]); }
    has(k) { k = String(k); return this.__list.some((p) => p[0] === k); }
    set(k, v) {
      k = String(k); v = String(v);
      const i = this.__list.findIndex((p) => p[0] === k);
      if (i < 0) this.__list.push([k, v]);
      else this.__list = this.__list.filter((p, j) => j <= i || p[0] !== k), this.__list[i] = [k, v];
      this.__update();
    }
    sort() { this.__list = this.__list.map((p, i) => [p, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map((x) => x[0]); this.__update(); }
    forEach(fn, thisArg) { for (const p of this.__list.slice()) fn.call(thisArg, p[1], p[0], this); }
    keys() { return this.__list.map((p) => p[0])[Symbol.iterator](); }
    values() { return this.__list.map((p) => p[1])[Symbol.iterator](); }
    entries() { return this.__list.map((p) => [p[0], p[1]])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.__list.map((p) => formEncode(p[0]) + "=" + formEncode(p[1])).join("&"); }
  }
  iface("URLSearchParams", URLSearchParams);

  // https://url.spec.whatwg.org/#url-class
  class URL {
    constructor(href, base) {
      const parts = N.parseURL(String(href), base === undefined ? null : String(base));
      Object.defineProperty(this, "__p", { value: parts, writable: true });
      Object.defineProperty(this, "__q", { value: null, writable: true });
    }
    static canParse(href, base) { try { new URL(href, base); return true; } catch (e) { return false; } }
    __set(href) { this.__p = N.parseURL(href, null); if (this.__q) this.__q.__parse(this.__p.search); }
    __setQuery(q) { const p = this.__p; this.__set(p.href.replace(/[?#].*$/, "") + (q ? "?" + q : "") + p.hash); }
    get href() { return this.__p.href; }
    set href(v) { this.__set(String(v)); }
    get origin() { return this.__p.origin; }
    get protocol() { return this.__p.protocol; }
    get username() { return this.__p.username; }
    get password() { return this.__p.password; }
    get host() { return this.__p.host; }
    get hostname() { return this.__p.hostname; }
    get port() { return this.__p.port; }
    get pathname() { return this.__p.pathname; }
    set pathname(v) { const p = this.__p; this.__set(p.protocol + "//" + p.host + (String(v)[0] === "/" ? "" : "/") + v + p.search + p.hash); }
    get search() { return this.__p.search; }
    set search(v) { v = String(v); this.__setQuery(v[0] === "?" ? v.slice(1) : v); }
    get hash() { return this.__p.hash; }
    set hash(v) { v = String(v); const p = this.__p; this.__set(p.href.replace(/#.*$/, "") + (v === "" ? "" : (v[0] === "#" ? v : "#" + v))); }
    get searchParams() {
      if (!this.__q) { this.__q = new URLSearchParams(this.__p.search); this.__q.__url = this; }
      return this.__q;
    }
    toString() { return this.href; }
    toJSON() { return this.href; }
  }
  iface("URL", URL);

  // https://encoding.spec.whatwg.org/#interface-textencoder
  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(s) { return new Uint8Array(N.encodeUTF8(s === undefined ? "" : String(s))); }
  }
  iface("TextEncoder", TextEncoder);
  class TextDecoder {
    constructor(label, options) {
      label = label === undefined ? "utf-8" : String(label).trim().toLowerCase();
      if (label !== "utf-8" && label !== "utf8" && label !== "unicode-1-1-utf-8") {
        // TODO(spec): the legacy encodings of the Encoding standard.
        throw new RangeError("TextDecoder: unsupported encoding " + label);
      }
      this.__fatal = !!(options && options.fatal);
    }
    get encoding() { return "utf-8"; }
    get fatal() { return this.__fatal; }
    decode(buf) {
      if (buf === undefined) return "";
      const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      return N.decodeUTF8(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), this.__fatal);
    }
  }
  iface("TextDecoder", TextDecoder);

  // https://fetch.spec.whatwg.org/#headers-class
  class Headers {
    constructor(init) {
      Object.defineProperty(this, "__list", { value: [], writable: true });
      if (init instanceof Headers) init = init.__list;
      if (Array.isArray(init)) for (const p of init) this.append(p[0], p[1]);
      else if (init && typeof init === "object") for (const k of Object.keys(init)) this.append(k, init[k]);
    }
    append(k, v) { this.__list.push([String(k).toLowerCase(), String(v)]); }
    delete(k) { k = String(k).toLowerCase(); this.__list = this.__list.filter((p) => p[0] !== k); }
    get(k) { k = String(k).toLowerCase(); const vs = this.__list.filter((p) => p[0] === k).map((p) => p[1]); return vs.length ? vs.join(", ") : null; }
    has(k) { return this.get(k) !== null; }
    set(k, v) { this.delete(k); this.append(k, v); }
    forEach(fn, thisArg) { for (const p of this.__list.slice()) fn.call(thisArg, p[1], p[0], this); }
    entries() { return this.__list.map((p) => [p[0], p[1]])[Symbol.iterator](); }
    keys() { return this.__list.map((p) => p[0])[Symbol.iterator](); }
    values() { return this.__list.map((p) => p[1])[Symbol.iterator](); }
    [Symbol.iterator]() { return this.entries(); }
  }
  iface("Headers", Headers);

  // https://fetch.spec.whatwg.org/#response-class
  // TODO(spec): bodies are carried as text (UTF-8 decoded), so arrayBuffer()
  // of a binary body is not byte-exact; no streams, blob() or formData().
  class Response {
    constructor(body, init) {
      init = init || {};
      this.__body = body === undefined || body === null ? "" : String(body);
      this.__used = false;
      this.status = init.status === undefined ? 200 : init.status;
      this.statusText = init.statusText === undefined ? "" : String(init.statusText);
      this.headers = new Headers(init.headers);
      this.url = init.__url || "";
      this.redirected = false;
      this.type = "basic";
    }
    get ok() { return this.status >= 200 && this.status < 300; }
    get bodyUsed() { return this.__used; }
    __take() {
      if (this.__used) return Promise.reject(new TypeError("Response body is already used"));
      this.__used = true;
      return Promise.resolve(this.__body);
    }
    text() { return this.__take(); }
    json() { return this.__take().then((t) => JSON.parse(t)); }
    arrayBuffer() { return this.__take().then((t) => N.encodeUTF8(t)); }
    clone() { if (this.__used) throw new TypeError("Response body is already used"); const r = new Response(this.__body, this); r.url = this.url; return r; }
  }
  iface("Response", Response);

  const headerPairs = (h) => (h ? Array.from(new Headers(h)) : []);
  const abortError = (signal) => (signal.reason !== undefined ? signal.reason : domException("The operation was aborted.", "AbortError"));

  // https://fetch.spec.whatwg.org/#fetch-method
  define("fetch", function fetch(input, init) {
    init = init || {};
    const url = typeof input === "object" && input !== null && "url" in input ? input.url : String(input);
    const signal = init.signal;
    return new Promise((resolve, reject) => {
      if (signal && signal.aborted) { reject(abortError(signal)); return; }
      if (signal) signal.addEventListener("abort", () => reject(abortError(signal)));
      N.fetch(url, init.method || "GET", headerPairs(init.headers), init.body, (err, status, statusText, finalURL, headers, body, type, redirected) => {
        if (signal && signal.aborted) { reject(abortError(signal)); return; }
        if (err !== null) { reject(new TypeError(err)); return; }
        const r = new Response(body, { status, statusText, headers, __url: finalURL });
        r.type = type; r.redirected = redirected;
        resolve(r);
      }, { mode: init.mode, credentials: init.credentials });
    });
  });

  // https://xhr.spec.whatwg.org/#interface-xmlhttprequest
  class XMLHttpRequest {
    constructor() {
      this.readyState = 0; this.status = 0; this.statusText = ""; this.responseText = ""; this.responseURL = "";
      this.responseType = ""; this.timeout = 0; this.withCredentials = false;
      this.onreadystatechange = null; this.onload = null; this.onerror = null; this.onloadend = null; this.onabort = null; this.onprogress = null; this.onloadstart = null; this.ontimeout = null;
      this.__headers = []; this.__resp = []; this.__sent = false; this.__gen = 0;
    }
    get response() {
      if (this.responseType === "json") { try { return JSON.parse(this.responseText); } catch (e) { return null; } }
      return this.responseText;
    }
    __fire(type) {
      const ev = new Event(type);
      const h = this["on" + type];
      if (typeof h === "function") h.call(this, ev);
      this.dispatchEvent(ev);
    }
    open(method, url, async) {
      if (async === false) {
        // TODO(spec): synchronous requests (they would block the event loop).
        throw domException("synchronous XMLHttpRequest is not supported", "InvalidAccessError");
      }
      this.__method = String(method).toUpperCase(); this.__url = String(url);
      this.__headers = []; this.__sent = false; this.__gen++;
      this.readyState = 1; this.status = 0; this.responseText = "";
      this.__fire("readystatechange");
    }
    setRequestHeader(k, v) {
      if (this.readyState !== 1 || this.__sent) throw domException("setRequestHeader: the object's state must be OPENED", "InvalidStateError");
      this.__headers.push([String(k), String(v)]);
    }
    send(body) {
      if (this.readyState !== 1 || this.__sent) throw domException("send: the object's state must be OPENED", "InvalidStateError");
      this.__sent = true;
      const gen = this.__gen;
      this.__fire("loadstart");
      N.xhr(this.__url, this.__method, this.__headers, body, (err, status, statusText, finalURL, headers, text) => {
        if (gen !== this.__gen) return;
        if (err !== null) {
          this.readyState = 4;
          this.__fire("readystatechange"); this.__fire("error"); this.__fire("loadend");
          return;
        }
        this.status = status; this.statusText = statusText; this.responseURL = finalURL; this.__resp = headers;
        this.readyState = 2; this.__fire("readystatechange");
        this.readyState = 3; this.__fire("readystatechange");
        this.responseText = text;
        this.readyState = 4; this.__fire("readystatechange");
        this.__fire("load"); this.__fire("loadend");
      }, { mode: "cors", credentials: this.withCredentials ? "include" : "same-origin" });
    }
    abort() {
      if (this.__sent && this.readyState !== 4) { this.__gen++; this.readyState = 4; this.__fire("readystatechange"); this.__fire("abort"); this.__fire("loadend"); }
      this.readyState = 0;
    }
    getResponseHeader(k) { k = String(k).toLowerCase(); const p = this.__resp.find((p) => p[0] === k); return p ? p[1] : null; }
    getAllResponseHeaders() { return this.__resp.map((p) => p[0] + ": " + p[1] + "\r\n").join(""); }
    overrideMimeType() {}
  }
  Object.setPrototypeOf(XMLHttpRequest.prototype, EventTarget.prototype);
  ["UNSENT", "OPENED", "HEADERS_RECEIVED", "LOADING", "DONE"].forEach((k, i) => { XMLHttpRequest[k] = i; XMLHttpRequest.prototype[k] = i; });
  iface("XMLHttpRequest", XMLHttpRequest);

  // https://dom.spec.whatwg.org/#interface-mutationobserver
  class MutationObserver {
    constructor(callback) {
      if (typeof callback !== "function") throw new TypeError("MutationObserver: the callback is not a function");
      N.moCreate(this, callback);
    }
    observe(target, options) { N.moObserve(this, target, options || {}); }
    disconnect() { N.moDisconnect(this); }
    takeRecords() { return N.moTake(this); }
  }
  iface("MutationObserver", MutationObserver);

  // https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-history-interface
  const history = {
    get length() { return N.historyLength(); },
    get state() { return N.historyState(); },
    scrollRestoration: "auto",
    pushState(state, unused, url) { N.pushState(state, url === undefined || url === null ? null : String(url), false); },
    replaceState(state, unused, url) { N.pushState(state, url === undefined || url === null ? null : String(url), true); },
    // TODO(spec): traversal (back, forward, go) and popstate.
    back() {}, forward() {}, go() {},
  };
  define("history", history);
})
