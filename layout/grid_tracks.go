package layout

// The used tracks a grid container keeps on its fragment, for the
// resolved value of grid-template-columns and grid-template-rows
// (https://drafts.csswg.org/css-grid/#resolved-track-list): "every track
// listed individually, whether implicitly or explicitly created", at its
// used size.

// GridTrack is one track of a grid container's grid after layout.
type GridTrack struct {
	// Size is the track's used size (its base size after §11.8) in CSS
	// px, not counting gutters or the space content distribution adds;
	// 0 for an empty auto-fit track, which collapses.
	Size Fixed
	// Row says the track is a row; else it is a column.
	Row bool
	// Implicit says the track is outside the explicit grid
	// (https://drafts.csswg.org/css-grid/#implicit-grids).
	Implicit bool
	// Repeated says the automatic repetition (repeat(auto-fill, ...) or
	// repeat(auto-fit, ...)) created the track.
	Repeated bool
}

// GridAxis is a grid container's tracks on one axis, read from
// Fragment.GridTracks.
type GridAxis struct {
	// Sizes are the used sizes of the tracks, implicit ones included, in
	// line order.
	Sizes []Fixed
	// Leading is the number of implicit tracks before the explicit grid.
	Leading int
	// Repeated is the number of tracks the automatic repetition created.
	Repeated int
}

// GridTracksOf returns the tracks of the grid container whose fragment
// is f on one axis (the rows when row), and false when f is not a grid
// container's fragment.
func GridTracksOf(f *Fragment, row bool) (GridAxis, bool) {
	if f == nil || f.GridTracks == nil {
		return GridAxis{}, false
	}
	var a GridAxis
	explicit := false
	for _, t := range f.GridTracks {
		if t.Row != row {
			continue
		}
		a.Sizes = append(a.Sizes, t.Size)
		if t.Implicit && !explicit {
			a.Leading++
		} else {
			explicit = explicit || !t.Implicit
		}
		if t.Repeated {
			a.Repeated++
		}
	}
	if !explicit {
		// No explicit track: every implicit one comes after the explicit
		// grid's only line.
		a.Leading = 0
	}
	return a, true
}

// usedTracks returns the tracks of a laid-out grid for its fragment: the
// columns, then the rows.
func (g *gridLayout) usedTracks() []GridTrack {
	out := make([]GridTrack, 0, len(g.ts[0].tracks)+len(g.ts[1].tracks))
	for axis := range 2 {
		e := &g.ex[axis]
		for i := range g.ts[axis].tracks {
			t := &g.ts[axis].tracks[i]
			j := i - g.offset[axis]
			size := t.base
			if t.collapsed {
				size = 0
			}
			out = append(out, GridTrack{Size: size, Row: axis == 1, Implicit: j < 0 || j >= e.count,
				Repeated: j >= e.repFirst && j < e.repFirst+e.repCount})
		}
	}
	return out
}
