document.getElementById("a").className = "box";
