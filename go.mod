module github.com/paneweb/pane

go 1.26.8

require (
	github.com/go-text/typesetting v0.3.5
	github.com/tdewolff/parse/v2 v2.8.20
	golang.org/x/image v0.47.0
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)

require golang.org/x/sys v0.49.0 // indirect
