package layout

import (
	"math"
	"sort"

	"github.com/paneweb/pane/cssom"
)

// The grid track sizing algorithm: CSS Grid Layout 1 §11.3 to §11.8
// (https://www.w3.org/TR/css-grid-1/#algo-track-sizing), run once per axis
// by gridLayout, columns first.

// sizingConstraint says under which constraint the grid is sized: none
// (layout in a definite or indefinite available size) or the min-content
// or max-content constraint of the container's intrinsic sizes.
type sizingConstraint uint8

const (
	noConstraint sizingConstraint = iota
	minContentConstraint
	maxContentConstraint
)

// gridTrack is one track during sizing. min and max are its sizing
// functions with percentages resolved (as auto against an indefinite
// size) and a flexible minimum read as auto; minLen and maxLen hold their
// lengths (maxLen also the fit-content() limit).
type gridTrack struct {
	min, max       cssom.GridBreadthKind
	minLen, maxLen Fixed
	fr             float64
	base, limit    Fixed // limit is infinite while infinite
	planned        Fixed
	incurred       Fixed
	infGrowable    bool
	collapsed      bool  // an empty auto-fit track
	pos            Fixed // offset of its start from the content box start
}

// minIntrinsic, maxIntrinsic, maxMaxContent and flexible classify a
// track's sizing functions as §11.5 names them: an intrinsic minimum
// (auto, min-content, max-content), an intrinsic maximum (those and
// fit-content()), a max-content maximum (auto, max-content,
// fit-content()), a flexible maximum.
func (t *gridTrack) minIntrinsic() bool {
	return t.min == cssom.BreadthAuto || t.min == cssom.BreadthMinContent || t.min == cssom.BreadthMaxContent
}

func (t *gridTrack) maxIntrinsic() bool {
	return t.max != cssom.BreadthLength && t.max != cssom.BreadthFlex
}

func (t *gridTrack) maxMaxContent() bool {
	return t.max == cssom.BreadthAuto || t.max == cssom.BreadthMaxContent || t.max == cssom.BreadthFitContent
}

func (t *gridTrack) flexible() bool { return t.max == cssom.BreadthFlex }

// contribution kinds of an item (https://www.w3.org/TR/css-grid-1/#algo-terms).
const (
	minimumContribution = iota
	minContentContribution
	maxContentContribution
)

// trackSizing is the track sizing algorithm's state on one axis.
type trackSizing struct {
	g      *gridLayout
	axis   int
	tracks []gridTrack
	gap    Fixed
	avail  Fixed // the available size, -1 when indefinite
	cons   sizingConstraint
}

// initTracks sets up the tracks of an axis (§11.4 "Initialize Track
// Sizes"): "For each track, if the track's min track sizing function is a
// fixed sizing function, resolve to an absolute length and use that size
// as the track's initial base size ... If the track's max track sizing
// function is a fixed sizing function, resolve to an absolute length and
// use that size as the track's initial growth limit ... otherwise use an
// initial growth limit of infinity."
func (ts *trackSizing) initTracks() {
	g := ts.g
	e := &g.ex[ts.axis]
	ts.tracks = make([]gridTrack, g.count[ts.axis])
	for i := range ts.tracks {
		t := &ts.tracks[i]
		j := i - g.offset[ts.axis]
		size := cssom.AutoTrack
		switch {
		case j >= 0 && j < len(e.sizes):
			size = e.sizes[j]
		case len(e.auto) > 0:
			// "The first implicit grid track after the explicit grid
			// receives the first specified size, and so on forwards; and
			// the last implicit grid track before the explicit grid
			// receives the last specified size, and so on backwards."
			k := j - len(e.sizes)
			if j < 0 {
				k = j
			}
			n := len(e.auto)
			size = e.auto[(k%n+n)%n]
		}
		if e.fitCount > 0 && j >= e.fitFirst && j < e.fitFirst+e.fitCount && !g.used[ts.axis][i] {
			// https://www.w3.org/TR/css-grid-1/#auto-repeat: auto-fit
			// collapses the empty repeated tracks.
			t.collapsed = true
			t.min, t.max = cssom.BreadthLength, cssom.BreadthLength
			continue
		}
		t.min, t.minLen = ts.breadth(size.Min)
		t.max, t.maxLen = ts.breadth(size.Max)
		if t.min == cssom.BreadthFlex {
			t.min = cssom.BreadthAuto
		}
		if size.Max.Kind == cssom.BreadthFlex {
			t.fr = float64(size.Max.Fr)
		}
		if t.min == cssom.BreadthLength {
			t.base = t.minLen
		}
		t.limit = infinite
		if t.max == cssom.BreadthLength {
			t.limit = cssom.Max(t.maxLen, t.base)
		}
	}
}

// breadth resolves a track sizing function: a percentage against an
// indefinite size acts as auto.
func (ts *trackSizing) breadth(b cssom.GridBreadth) (cssom.GridBreadthKind, Fixed) {
	switch b.Kind {
	case cssom.BreadthLength, cssom.BreadthFitContent:
		if ts.avail < 0 && b.Length.Kind != cssom.LengthPx {
			if b.Kind == cssom.BreadthFitContent {
				return cssom.BreadthMaxContent, 0
			}
			return cssom.BreadthAuto, 0
		}
		return b.Kind, cssom.Max(b.Length.Resolve(cssom.Max(ts.avail, 0), 0), 0)
	}
	return b.Kind, 0
}

// run sizes the tracks: §11.4 to §11.8.
func (ts *trackSizing) run() {
	ts.initTracks()
	ts.resolveIntrinsic()
	ts.maximize()
	ts.expandFlexible()
	ts.stretchAuto()
}

// spanned returns the tracks of an item's area on this axis.
func (ts *trackSizing) spanned(it *gridItem) []gridTrack {
	a := it.area[ts.axis]
	return ts.tracks[a.start:a.end()]
}

// gaps returns the gutters inside a run of tracks (collapsed tracks have
// none).
func (ts *trackSizing) gaps(tracks []gridTrack) Fixed {
	n := 0
	for i := range tracks {
		if !tracks[i].collapsed {
			n++
		}
	}
	return ts.gap * Fixed(max(n-1, 0))
}

// resolveIntrinsic is §11.5 "Resolve Intrinsic Track Sizes".
// https://www.w3.org/TR/css-grid-1/#algo-content
// Step 1, the baseline shims, is gridLayout.baselineShims.
func (ts *trackSizing) resolveIntrinsic() {
	// 2. "Size tracks to fit non-spanning items."
	var spanning, flexItems []*gridItem
	seen := make([]bool, len(ts.tracks))
	for _, it := range ts.g.items {
		tr := ts.spanned(it)
		crossesFlex := false
		for i := range tr {
			crossesFlex = crossesFlex || tr[i].flexible()
		}
		switch {
		case crossesFlex:
			flexItems = append(flexItems, it)
		case len(tr) > 1:
			spanning = append(spanning, it)
		default:
			ts.fitNonSpanning(&tr[0], it, &seen[it.area[ts.axis].start])
		}
	}
	for i := range ts.tracks {
		t := &ts.tracks[i]
		if t.limit < t.base {
			t.limit = t.base
		}
	}
	// 3. "Increase sizes to accommodate spanning items crossing
	// content-sized tracks: Next, consider the items with a span of 2 that
	// do not span a track with a flexible sizing function ... repeat
	// incrementally for items with greater spans until all items have
	// been considered."
	sort.SliceStable(spanning, func(i, j int) bool {
		return spanning[i].area[ts.axis].span < spanning[j].area[ts.axis].span
	})
	for i := 0; i < len(spanning); {
		j := i
		for j < len(spanning) && spanning[j].area[ts.axis].span == spanning[i].area[ts.axis].span {
			j++
		}
		ts.spanningItems(spanning[i:j])
		i = j
	}
	// 4. "Increase sizes to accommodate spanning items crossing flexible
	// tracks."
	ts.flexSpanningItems(flexItems)
	// 5. "If any track still has an infinite growth limit ... set its
	// growth limit to its base size."
	for i := range ts.tracks {
		if t := &ts.tracks[i]; t.limit == infinite {
			t.limit = t.base
		}
	}
}

// fitNonSpanning applies a span-1 item's contributions to its track
// (§11.5 step 2). first is false until the track has seen an item, so
// that an infinite growth limit takes the first item's contribution.
func (ts *trackSizing) fitNonSpanning(t *gridTrack, it *gridItem, seen *bool) {
	if t.collapsed {
		return
	}
	switch t.min {
	case cssom.BreadthMinContent:
		t.base = cssom.Max(t.base, ts.g.contribution(it, ts.axis, minContentContribution))
	case cssom.BreadthMaxContent:
		t.base = cssom.Max(t.base, ts.g.contribution(it, ts.axis, maxContentContribution))
	case cssom.BreadthAuto:
		t.base = cssom.Max(t.base, ts.autoMinimum(it, t))
	}
	var c Fixed
	switch t.max {
	case cssom.BreadthMinContent:
		c = ts.g.contribution(it, ts.axis, minContentContribution)
	case cssom.BreadthMaxContent, cssom.BreadthAuto:
		c = ts.g.contribution(it, ts.axis, maxContentContribution)
	case cssom.BreadthFitContent:
		// "For fit-content() maximums, furthermore clamp this growth
		// limit by the fit-content() argument."
		c = cssom.Min(ts.g.contribution(it, ts.axis, maxContentContribution), t.maxLen)
	default:
		return
	}
	if !*seen || t.limit == infinite {
		t.limit, *seen = c, true
		return
	}
	t.limit = cssom.Max(t.limit, c)
}

// autoMinimum is the contribution an auto minimum takes from an item:
// "If the track has an auto min track sizing function and the grid
// container is being sized under a min-/max-content constraint, set the
// track's base size to the maximum of its items' limited min-content
// contributions (respectively max-content) ... Otherwise, set the track's
// base size to the maximum of its items' minimum contributions."
func (ts *trackSizing) autoMinimum(it *gridItem, t *gridTrack) Fixed {
	switch ts.cons {
	case minContentConstraint, maxContentConstraint:
		kind := minContentContribution
		if ts.cons == maxContentConstraint {
			kind = maxContentContribution
		}
		c := ts.g.contribution(it, ts.axis, kind)
		if t.max == cssom.BreadthLength || t.max == cssom.BreadthFitContent {
			// "The limited min-/max-content contribution of an item is
			// ... limited by the max track sizing function (which could
			// be the argument to a fit-content() track sizing function)
			// if that is fixed and ultimately floored by its minimum
			// contribution."
			c = cssom.Max(cssom.Min(c, t.maxLen), ts.g.contribution(it, ts.axis, minimumContribution))
		}
		return c
	}
	return ts.minimumContribution(it)
}

// minimumContribution is an item's minimum contribution: the outer size
// its min-width or min-height gives, where an auto minimum is the
// content-based minimum size when the item spans an auto-minimum track
// (and no flexible track, if it spans several) and is not a scroll
// container, limited by the fixed max track sizing
// functions it spans.
// https://www.w3.org/TR/css-grid-1/#min-size-auto
func (ts *trackSizing) minimumContribution(it *gridItem) Fixed {
	c := ts.g.contribution(it, ts.axis, minimumContribution)
	if !it.autoMin[ts.axis] {
		return c
	}
	spansAuto, allFixed, flex := false, true, false
	var fixedSum Fixed
	tr := ts.spanned(it)
	for i := range tr {
		spansAuto = spansAuto || tr[i].min == cssom.BreadthAuto
		allFixed = allFixed && tr[i].max == cssom.BreadthLength
		flex = flex || tr[i].flexible()
		fixedSum += tr[i].maxLen
	}
	// "... and if it spans more than one track in that axis, none of
	// those tracks are flexible."
	if !spansAuto || len(tr) > 1 && flex {
		return ts.g.outerZero(it, ts.axis)
	}
	if allFixed {
		// "... if the grid item spans only grid tracks that have a fixed
		// max track sizing function, its specified size suggestion and
		// content size suggestion ... are further clamped to less than or
		// equal to the stretch fit of the grid area's maximum size."
		c = cssom.Min(c, cssom.Max(fixedSum+ts.gaps(tr), ts.g.outerZero(it, ts.axis)))
	}
	return c
}

// distribution phases of §11.5 step 3 (and step 4): which tracks an item
// grows, which size of theirs, and with which contribution.
type growPhase uint8

const (
	growIntrinsicMinimums growPhase = iota
	growContentMinimums
	growMaxContentMinimums
	growIntrinsicMaximums
	growMaxContentMaximums
)

// affects reports whether a phase grows track t.
func (ts *trackSizing) affects(p growPhase, t *gridTrack) bool {
	switch p {
	case growIntrinsicMinimums:
		return t.minIntrinsic()
	case growContentMinimums:
		return t.min == cssom.BreadthMinContent || t.min == cssom.BreadthMaxContent
	case growMaxContentMinimums:
		return t.min == cssom.BreadthMaxContent || t.min == cssom.BreadthAuto && ts.cons == maxContentConstraint
	case growIntrinsicMaximums:
		return t.maxIntrinsic()
	}
	return t.maxMaxContent()
}

// phaseContribution returns the contribution a phase distributes.
func (ts *trackSizing) phaseContribution(p growPhase, it *gridItem) Fixed {
	switch p {
	case growIntrinsicMinimums:
		switch ts.cons {
		case minContentConstraint:
			return ts.g.contribution(it, ts.axis, minContentContribution)
		case maxContentConstraint:
			return ts.g.contribution(it, ts.axis, maxContentContribution)
		}
		return ts.minimumContribution(it)
	case growContentMinimums, growIntrinsicMaximums:
		return ts.g.contribution(it, ts.axis, minContentContribution)
	}
	return ts.g.contribution(it, ts.axis, maxContentContribution)
}

// spanningItems runs §11.5 step 3 for items of one span.
func (ts *trackSizing) spanningItems(items []*gridItem) {
	for p := growIntrinsicMinimums; p <= growMaxContentMaximums; p++ {
		if p == growIntrinsicMaximums {
			// "If at this point any track's growth limit is now less than
			// its base size, increase its growth limit to match its base
			// size."
			for i := range ts.tracks {
				if t := &ts.tracks[i]; t.limit < t.base {
					t.limit = t.base
				}
			}
		}
		ts.distributePhase(items, p, false)
	}
}

// flexSpanningItems runs §11.5 step 4: the items crossing flexible tracks
// grow the base sizes of those tracks only, "distributing the extra space
// ... in proportion to their flex factors" (equally when those are 0).
func (ts *trackSizing) flexSpanningItems(items []*gridItem) {
	if len(items) == 0 {
		return
	}
	for p := growIntrinsicMinimums; p <= growMaxContentMinimums; p++ {
		ts.distributePhase(items, p, true)
	}
}

// distributePhase distributes the items' contributions for one phase and
// then applies the planned increases (§11.5.1).
// https://www.w3.org/TR/css-grid-1/#extra-space
func (ts *trackSizing) distributePhase(items []*gridItem, p growPhase, flexOnly bool) {
	limits := p >= growIntrinsicMaximums
	for i := range ts.tracks {
		ts.tracks[i].planned = 0
	}
	var affected []*gridTrack
	for _, it := range items {
		tr := ts.spanned(it)
		affected = affected[:0]
		var sum Fixed
		for i := range tr {
			t := &tr[i]
			size := t.base
			if limits && t.limit != infinite {
				size = t.limit
			}
			sum += size
			if !t.collapsed && (flexOnly && t.flexible() && ts.affects(p, t) || !flexOnly && ts.affects(p, t)) {
				affected = append(affected, t)
			}
		}
		if len(affected) == 0 {
			continue
		}
		extra := ts.phaseContribution(p, it) - sum - ts.gaps(tr)
		if extra <= 0 {
			continue
		}
		for _, t := range affected {
			t.incurred = 0
		}
		if flexOnly {
			shareByFlex(affected, extra)
		} else {
			ts.distributeExtra(affected, extra, p)
		}
		for _, t := range affected {
			t.planned = cssom.Max(t.planned, t.incurred)
		}
	}
	ts.applyPlanned(items, p)
}

// applyPlanned ends a distribution phase: "Update the tracks' affected
// sizes by adding in the planned increase ... If the affected size is an
// infinite growth limit, set it to the track's base size plus the
// planned increase."
func (ts *trackSizing) applyPlanned(items []*gridItem, p growPhase) {
	limits := p >= growIntrinsicMaximums
	for i := range ts.tracks {
		t := &ts.tracks[i]
		if t.planned == 0 && !(limits && t.limit == infinite && ts.affectedBy(items, i, p)) {
			continue
		}
		switch {
		case !limits:
			t.base += t.planned
		case t.limit == infinite:
			t.limit = t.base + t.planned
			t.infGrowable = p == growIntrinsicMaximums
		default:
			t.limit += t.planned
			if p == growMaxContentMaximums {
				t.infGrowable = false
			}
		}
	}
}

// affectedBy reports whether some item of items spans track i.
func (ts *trackSizing) affectedBy(items []*gridItem, i int, p growPhase) bool {
	if !ts.affects(p, &ts.tracks[i]) {
		return false
	}
	for _, it := range items {
		a := it.area[ts.axis]
		if i >= a.start && i < a.end() {
			return true
		}
	}
	return false
}

// distributeExtra shares extra among the affected tracks' item-incurred
// increases: equally up to each track's limit, then beyond the limits to
// the tracks the phase prefers (§11.5.1 steps 2.2 and 2.3).
func (ts *trackSizing) distributeExtra(affected []*gridTrack, extra Fixed, p growPhase) {
	limits := p >= growIntrinsicMaximums
	room := func(t *gridTrack) Fixed {
		if !limits {
			if t.limit == infinite {
				return infinite
			}
			return cssom.Max(t.limit-t.base, 0)
		}
		if t.max == cssom.BreadthFitContent {
			cur := t.limit
			if cur == infinite {
				cur = t.base
			}
			return cssom.Max(t.maxLen-cur, 0)
		}
		if t.infGrowable || t.limit == infinite {
			return infinite
		}
		return 0
	}
	extra = waterFill(affected, extra, room)
	if extra <= 0 {
		return
	}
	// "Distribute space beyond limits."
	var to []*gridTrack
	for _, t := range affected {
		switch {
		case limits:
			if t.max != cssom.BreadthFitContent {
				to = append(to, t)
			}
		case p == growMaxContentMinimums:
			if t.maxMaxContent() {
				to = append(to, t)
			}
		default:
			if t.maxIntrinsic() {
				to = append(to, t)
			}
		}
	}
	if len(to) == 0 && !limits {
		to = affected
	}
	waterFill(to, extra, func(*gridTrack) Fixed { return infinite })
}

// waterFill shares extra equally among tracks' item-incurred increases,
// each up to room(t) beyond what it has, and returns what is left. The
// shares are exact in fixed point: the smallest rooms are filled first.
func waterFill(tracks []*gridTrack, extra Fixed, room func(*gridTrack) Fixed) Fixed {
	order := make([]*gridTrack, len(tracks))
	copy(order, tracks)
	sort.SliceStable(order, func(i, j int) bool { return room(order[i])-order[i].incurred < room(order[j])-order[j].incurred })
	for i, t := range order {
		share := extra / Fixed(len(order)-i)
		r := room(t)
		if r != infinite {
			share = cssom.Min(share, cssom.Max(r-t.incurred, 0))
		}
		t.incurred += share
		extra -= share
	}
	return extra
}

// shareByFlex shares extra among flexible tracks in proportion to their
// flex factors, or equally when they are all 0.
func shareByFlex(tracks []*gridTrack, extra Fixed) {
	var sum float64
	for _, t := range tracks {
		sum += t.fr
	}
	if sum == 0 {
		waterFill(tracks, extra, func(*gridTrack) Fixed { return infinite })
		return
	}
	var cum float64
	var given Fixed
	for _, t := range tracks {
		cum += t.fr
		share := extra.MulFloat(cum/sum) - given
		given += share
		t.incurred += share
	}
}

// freeSpace returns the available size less the base sizes and gutters,
// or -1 when the available size is indefinite.
func (ts *trackSizing) freeSpace() Fixed {
	if ts.avail < 0 {
		return -1
	}
	free := ts.avail - ts.gaps(ts.tracks)
	for i := range ts.tracks {
		free -= ts.tracks[i].base
	}
	return free
}

// maximize is §11.6 "Maximize Tracks": "If the free space is positive,
// distribute it equally to the base sizes of all tracks, freezing tracks
// as they reach their growth limits." Under a max-content constraint (and
// in an indefinite size, as engines do) the free space is infinite; under
// a min-content constraint it is zero.
func (ts *trackSizing) maximize() {
	if ts.cons == minContentConstraint {
		return
	}
	free := ts.freeSpace()
	if free < 0 && ts.avail >= 0 {
		return
	}
	all := make([]*gridTrack, 0, len(ts.tracks))
	for i := range ts.tracks {
		t := &ts.tracks[i]
		t.incurred = 0
		if !t.collapsed {
			all = append(all, t)
		}
	}
	if ts.avail < 0 {
		for _, t := range all {
			t.base = cssom.Max(t.base, t.limit)
		}
		return
	}
	waterFill(all, free, func(t *gridTrack) Fixed { return cssom.Max(t.limit-t.base, 0) })
	for _, t := range all {
		t.base += t.incurred
	}
}

// expandFlexible is §11.7 "Expand Flexible Tracks".
// https://www.w3.org/TR/css-grid-1/#algo-flex-tracks
// A container whose height is indefinite sizes its rows again in its min
// or max height when they are out of bounds (sizeAxis).
func (ts *trackSizing) expandFlexible() {
	any := false
	for i := range ts.tracks {
		any = any || ts.tracks[i].flexible()
	}
	if !any || ts.cons == minContentConstraint {
		return
	}
	var frac float64
	if free := ts.freeSpace(); ts.avail >= 0 {
		// "If the free space is zero ...: The used flex fraction is
		// zero. Otherwise, if the free space is a definite length: The
		// used flex fraction is the result of finding the size of an fr
		// using all of the grid tracks and a space to fill of the
		// available grid space." (The free space is floored at zero.)
		if free <= 0 {
			return
		}
		frac = ts.frSize(ts.tracks, ts.avail)
	} else {
		// "The used flex fraction is the maximum of: for each flexible
		// track, if the flexible track's flex factor is greater than one,
		// the result of dividing the track's base size by its flex
		// factor; otherwise, the track's base size; for each grid item
		// that crosses a flexible track, the result of finding the size
		// of an fr using all the grid tracks that the item crosses and a
		// space to fill of the item's max-content contribution."
		for i := range ts.tracks {
			t := &ts.tracks[i]
			if t.flexible() {
				frac = maxFloat(frac, t.base.Float()/maxFloat(t.fr, 1))
			}
		}
		for _, it := range ts.g.items {
			tr := ts.spanned(it)
			for i := range tr {
				if tr[i].flexible() {
					frac = maxFloat(frac, ts.frSize(tr, ts.g.contribution(it, ts.axis, maxContentContribution)))
					break
				}
			}
		}
	}
	// "For each flexible track, if the product of the used flex fraction
	// and the track's flex factor is greater than the track's base size,
	// set its base size to that product."
	// AD-HOC: as Chromium does, the products are floored cumulatively to
	// 1/64 px, so that the flexible tracks add up to the space they fill.
	var cum float64
	var prev Fixed
	for i := range ts.tracks {
		t := &ts.tracks[i]
		if t.flexible() && frac*t.fr >= t.base.Float() {
			cum += t.fr
			end := Fixed(math.Floor(frac * cum * 64))
			t.base = cssom.Max(t.base, end-prev)
			prev = end
		}
	}
}

// maxFloat returns the larger of a and b.
func maxFloat(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// frSize finds the size of an fr (§11.7.1), in px.
// https://www.w3.org/TR/css-grid-1/#algo-find-fr-size
func (ts *trackSizing) frSize(tracks []gridTrack, space Fixed) float64 {
	inflexible := make([]bool, len(tracks))
	for pass := 0; pass <= len(tracks); pass++ {
		// 1. "Let leftover space be the space to fill minus the base
		// sizes of the non-flexible grid tracks."
		leftover := space - ts.gaps(tracks)
		var flexSum float64
		for i := range tracks {
			t := &tracks[i]
			if t.flexible() && !inflexible[i] {
				flexSum += t.fr
			} else {
				leftover -= t.base
			}
		}
		// 2. "Let flex factor sum be the sum of the flex factors of the
		// flexible tracks. If this value is less than 1, set it to 1
		// instead."
		flexSum = maxFloat(flexSum, 1)
		// 3. "Let the hypothetical fr size be the leftover space divided
		// by the flex factor sum."
		hyp := leftover.Float() / flexSum
		// 4. "If the product of the hypothetical fr size and a flexible
		// track's flex factor is less than the track's base size, restart
		// this algorithm treating all such tracks as inflexible."
		again := false
		for i := range tracks {
			t := &tracks[i]
			if t.flexible() && !inflexible[i] && hyp*t.fr < t.base.Float() {
				inflexible[i], again = true, true
			}
		}
		if !again {
			return maxFloat(hyp, 0)
		}
	}
	return 0
}

// stretchAuto is §11.8 "Stretch auto Tracks": with content distribution
// normal or stretch and positive free space, the tracks with an auto max
// track sizing function share it equally.
func (ts *trackSizing) stretchAuto() {
	a := ts.g.st.JustifyContent
	if ts.axis == 1 {
		a = ts.g.st.AlignContent
	}
	if a != cssom.AlignNormal && a != cssom.AlignStretch || ts.cons != noConstraint {
		return
	}
	free := ts.freeSpace()
	if free <= 0 {
		return
	}
	var autos []*gridTrack
	for i := range ts.tracks {
		if t := &ts.tracks[i]; t.max == cssom.BreadthAuto && !t.collapsed {
			t.incurred = 0
			autos = append(autos, t)
		}
	}
	waterFill(autos, free, func(*gridTrack) Fixed { return infinite })
	for _, t := range autos {
		t.base += t.incurred
	}
}

// total returns the tracks' sizes and gutters.
func (ts *trackSizing) total() Fixed {
	sum := ts.gaps(ts.tracks)
	for i := range ts.tracks {
		sum += ts.tracks[i].base
	}
	return sum
}
