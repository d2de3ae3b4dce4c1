package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"
)

// chromium drives one headless Chromium over the Chrome DevTools Protocol
// on a pipe (--remote-debugging-pipe: the browser reads NUL-terminated JSON
// commands on fd 3 and writes responses and events on fd 4). Each page is
// loaded in a fresh target with a fixed viewport, and the collecting script
// runs through Runtime.evaluate once the load event has fired: the same
// script our engine runs through Page.Eval, against the unmodified file.
//
// https://chromedevtools.github.io/devtools-protocol/
type chromium struct {
	cmd     *exec.Cmd
	profile string
	w       io.WriteCloser

	mu      sync.Mutex
	nextID  int
	waiting map[int]chan cdpMessage
	events  chan cdpMessage
	done    chan struct{}
	readErr error
}

// cdpMessage is one protocol message: a response (ID set) or an event
// (Method set).
type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// fontsConf is a fontconfig configuration that adds to the system's the
// choices Pane makes for the generic families (layout/fontdefault.go): the
// Liberation faces for serif, sans-serif (and so system-ui, which Chromium
// resolves through fontconfig's default sans) and monospace. Without it
// Chromium on Debian picks DejaVu for system-ui and monospace, and the
// comparison would measure font choice instead of layout.
const fontsConf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="strong"><family>sans-serif</family><prefer><family>Liberation Sans</family></prefer></alias>
  <alias binding="strong"><family>serif</family><prefer><family>Liberation Serif</family></prefer></alias>
  <alias binding="strong"><family>monospace</family><prefer><family>Liberation Mono</family></prefer></alias>
</fontconfig>
`

// startChromium launches bin headless with the flags of
// /work/shared/tools/chromium-render (no scrollbars, device scale factor 1,
// sRGB) and a throwaway profile. With sameFonts, Chromium's fontconfig maps
// the generic families to the faces Pane uses (fontsConf).
func startChromium(bin string, sameFonts bool) (*chromium, error) {
	profile, err := os.MkdirTemp("", "geometry-chromium-")
	if err != nil {
		return nil, err
	}
	env := os.Environ()
	if sameFonts {
		conf := filepath.Join(profile, "fonts.conf")
		if err := os.WriteFile(conf, []byte(fontsConf), 0o644); err != nil {
			os.RemoveAll(profile)
			return nil, err
		}
		env = append(env, "FONTCONFIG_FILE="+conf)
	}
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	evR, evW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
		"--force-color-profile=srgb", "--allow-file-access-from-files",
		"--remote-debugging-pipe", "--user-data-dir="+profile, "about:blank")
	cmd.Env = env
	cmd.ExtraFiles = []*os.File{cmdR, evW} // fd 3, fd 4
	if err := cmd.Start(); err != nil {
		for _, f := range []*os.File{cmdR, cmdW, evR, evW} {
			f.Close()
		}
		os.RemoveAll(profile)
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	cmdR.Close()
	evW.Close()
	c := &chromium{cmd: cmd, profile: profile, w: cmdW, waiting: map[int]chan cdpMessage{},
		events: make(chan cdpMessage, 256), done: make(chan struct{})}
	go c.readLoop(evR)
	return c, nil
}

// readLoop dispatches the browser's messages: responses to their waiting
// caller, events to the events channel (dropped when nobody reads them).
func (c *chromium) readLoop(r io.ReadCloser) {
	defer r.Close()
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		raw, err := br.ReadBytes(0)
		if err != nil {
			c.mu.Lock()
			c.readErr = err
			c.mu.Unlock()
			close(c.done)
			return
		}
		var m cdpMessage
		if json.Unmarshal(bytes.TrimSuffix(raw, []byte{0}), &m) != nil {
			continue
		}
		if m.ID != 0 {
			c.mu.Lock()
			ch := c.waiting[m.ID]
			delete(c.waiting, m.ID)
			c.mu.Unlock()
			if ch != nil {
				ch <- m
			}
			continue
		}
		select {
		case c.events <- m:
		default:
		}
	}
}

// call sends one command (in session when not "") and waits for its
// result, decoded into out when out is not nil.
func (c *chromium) call(ctx context.Context, session, method string, params, out any) error {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan cdpMessage, 1)
	c.waiting[id] = ch
	c.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := c.w.Write(append(data, 0)); err != nil {
		return fmt.Errorf("cdp %s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("cdp %s: %s", method, m.Error.Message)
		}
		if out != nil {
			return json.Unmarshal(m.Result, out)
		}
		return nil
	case <-c.done:
		return fmt.Errorf("cdp %s: browser gone: %v", method, c.readErr)
	case <-ctx.Done():
		return fmt.Errorf("cdp %s: %w", method, ctx.Err())
	}
}

// drainEvents drops the events received so far. readLoop drops events
// while the channel is full, so stale ones must not pile up across pages.
func (c *chromium) drainEvents() {
	for {
		select {
		case <-c.events:
		default:
			return
		}
	}
}

// waitEvent waits for the event method in session.
func (c *chromium) waitEvent(ctx context.Context, session, method string) error {
	for {
		select {
		case m := <-c.events:
			if m.Method == method && m.SessionID == session {
				return nil
			}
		case <-c.done:
			return errors.New("browser gone")
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", method, ctx.Err())
		}
	}
}

// loadWait bounds the wait for a page's load event.
const loadWait = 15 * time.Second

// eval loads pageURL in a fresh target with a width×height viewport, waits
// for its load event (at most loadWait) and then for settle (real time: Chromium's timers and
// animation frames run on the wall clock), and returns the string value of
// script.
func (c *chromium) eval(ctx context.Context, pageURL string, width, height int, settle time.Duration, script string) (string, error) {
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := c.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return "", err
	}
	defer c.call(context.Background(), "", "Target.closeTarget", map[string]any{"targetId": target.TargetID}, nil)
	var att struct {
		SessionID string `json:"sessionId"`
	}
	if err := c.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att); err != nil {
		return "", err
	}
	s := att.SessionID
	c.drainEvents() // the events of earlier pages, which nobody waits for
	metrics := map[string]any{"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}
	for _, step := range []struct {
		method string
		params any
	}{
		{"Emulation.setDeviceMetricsOverride", metrics},
		{"Page.enable", nil},
		{"Page.navigate", map[string]any{"url": pageURL}},
	} {
		if err := c.call(ctx, s, step.method, step.params, nil); err != nil {
			return "", err
		}
	}
	// A page whose load event never comes (a subresource that neither
	// loads nor fails) is measured after loadWait, as it stands.
	lctx, cancel := context.WithTimeout(ctx, loadWait)
	err := c.waitEvent(lctx, s, "Page.loadEventFired")
	cancel()
	if err != nil && ctx.Err() != nil {
		return "", err
	}
	select {
	case <-time.After(settle):
	case <-ctx.Done():
		return "", ctx.Err()
	}
	var res struct {
		Result struct {
			Type  string          `json:"type"`
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := c.call(ctx, s, "Runtime.evaluate", map[string]any{"expression": script, "returnByValue": true}, &res); err != nil {
		return "", err
	}
	if res.ExceptionDetails != nil {
		return "", fmt.Errorf("chromium: script: %s", res.ExceptionDetails.Text)
	}
	var out string
	if err := json.Unmarshal(res.Result.Value, &out); err != nil {
		return "", fmt.Errorf("chromium: script returned %s, not a string", res.Result.Type)
	}
	return out, nil
}

// close ends the browser and removes its profile.
func (c *chromium) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	c.call(ctx, "", "Browser.close", nil, nil)
	cancel()
	c.w.Close()
	done := make(chan struct{})
	go func() { c.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		c.cmd.Process.Kill()
		<-done
	}
	os.RemoveAll(c.profile)
}
