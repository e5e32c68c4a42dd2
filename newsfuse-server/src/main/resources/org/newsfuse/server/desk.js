// newsfuse desk: the only script. On a story page, it checks every 30 seconds whether articles
// joined the story (or it was merged into another) and then shows the notice with a link to reload. Pages read fully
// without it.
(function () {
  var body = document.body;
  var id = body.getAttribute('data-story');
  var count = body.getAttribute('data-articles');
  var notice = document.getElementById('fresh');
  if (!id || !notice || !window.fetch) { return; }
  function check() {
    fetch('/api/stories/' + encodeURIComponent(id), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (story) {
        if (story && story.id !== id || story && String(story.articles.length) !== count) { notice.hidden = false; }
      })
      .catch(function () { /* offline: try again later */ });
  }
  setInterval(check, 30000);
})();
