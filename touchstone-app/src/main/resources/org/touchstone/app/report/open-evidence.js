// Opens the evidence list a link points at (details elements stay closed on their own).
function openTarget() {
  var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && target.tagName === 'DETAILS') { target.open = true; }
}
window.addEventListener('hashchange', openTarget);
openTarget();
