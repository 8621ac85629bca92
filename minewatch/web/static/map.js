// Enhances the map's date slider and treaty switch: the server-rendered map works without it.
(function () {
  "use strict";
  var form = document.getElementById("map-form");
  var slider = document.getElementById("slider");
  var dateInput = document.getElementById("on");
  var svg = document.getElementById("world");
  var count = document.getElementById("party-count");
  if (!form || !slider || !dateInput || !svg) { return; }
  var start = new Date(slider.getAttribute("data-start") + "T00:00:00Z");
  var labels = {};
  document.querySelectorAll("#legend li").forEach(function (li) {
    labels[li.getAttribute("data-status")] = li.getAttribute("data-label");
  });
  var timer = null;
  var pending = 0;

  function isoFromOffset(days) {
    var d = new Date(start.getTime() + days * 86400000);
    return d.toISOString().slice(0, 10);
  }
  function offsetFromIso(iso) {
    var d = new Date(iso + "T00:00:00Z");
    return Math.round((d.getTime() - start.getTime()) / 86400000);
  }
  function treaty() {
    var checked = form.querySelector("input[name=treaty]:checked");
    return checked ? checked.value : "APMBC";
  }
  function apply(data) {
    Object.keys(data.statuses).forEach(function (iso3) {
      var status = data.statuses[iso3];
      var path = document.getElementById("c-" + iso3);
      if (path) {
        path.setAttribute("class", "country st-" + status);
        var title = path.querySelector("title");
        var name = title ? title.textContent.split(":")[0] : iso3;
        if (title) { title.textContent = name + ": " + (labels[status] || status); }
        if (path.parentNode && path.parentNode.setAttribute) {
          path.parentNode.setAttribute("aria-label", name + ": " + (labels[status] || status));
          var href = path.parentNode.getAttribute("href") || "";
          path.parentNode.setAttribute("href", href.replace(/on=[0-9-]*/, "on=" + data.on));
        }
      }
    });
    document.querySelectorAll("#legend li").forEach(function (li) {
      var n = li.querySelector(".n");
      if (n) { n.textContent = data.counts[li.getAttribute("data-status")] || 0; }
    });
    var parties = (data.counts.party || 0) + (data.counts.withdrawing || 0) +
      (data.counts.withdrawal_suspended || 0);
    if (count) { count.textContent = count.textContent.replace(/^\d+/, String(parties))
      .replace(/\d{4}-\d{2}-\d{2}/, data.on); }
    svg.setAttribute("data-on", data.on);
    svg.setAttribute("data-treaty", data.treaty);
  }
  function load() {
    var iso = dateInput.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) { return; }
    var url = "/api/v1/map?treaty=" + encodeURIComponent(treaty()) + "&on=" + iso;
    var ticket = ++pending;
    svg.setAttribute("aria-busy", "true");
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) {
        if (ticket !== pending) { return; }
        apply(data);
        svg.removeAttribute("aria-busy");
        history.replaceState(null, "", "/?treaty=" + data.treaty + "&on=" + data.on);
      })
      .catch(function () { svg.removeAttribute("aria-busy"); });
  }
  function later() { clearTimeout(timer); timer = setTimeout(load, 120); }

  slider.addEventListener("input", function () {
    var iso = isoFromOffset(parseInt(slider.value, 10));
    dateInput.value = iso;
    slider.setAttribute("aria-valuetext", iso);
    later();
  });
  dateInput.addEventListener("change", function () {
    var off = offsetFromIso(dateInput.value);
    if (!isNaN(off)) { slider.value = String(off); slider.setAttribute("aria-valuetext", dateInput.value); }
    later();
  });
  form.querySelectorAll("input[name=treaty]").forEach(function (radio) {
    radio.addEventListener("change", later);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
})();
