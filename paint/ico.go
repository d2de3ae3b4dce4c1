package paint

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
)

// This file decodes ICO (and CUR) files: a directory of images, each a PNG
// or a headerless BMP (a DIB whose height counts the XOR image and the AND
// transparency mask). DecodeImage picks the largest entry.
//
// https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)

var errICO = errors.New("malformed ico")

// icoEntry is the chosen directory entry's data.
func icoEntry(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, 1<<30))
	if err != nil {
		return nil, err
	}
	if len(data) < 6 {
		return nil, errICO
	}
	n := int(binary.LittleEndian.Uint16(data[4:6]))
	best, bestArea := []byte(nil), -1
	for i := range n {
		e := 6 + 16*i
		if e+16 > len(data) {
			break
		}
		w, h := int(data[e]), int(data[e+1])
		if w == 0 {
			w = 256
		}
		if h == 0 {
			h = 256
		}
		size := int64(binary.LittleEndian.Uint32(data[e+8:]))
		off := int64(binary.LittleEndian.Uint32(data[e+12:]))
		if off < 0 || size <= 0 || off+size > int64(len(data)) {
			continue
		}
		if w*h > bestArea {
			best, bestArea = data[off:off+size], w*h
		}
	}
	if best == nil {
		return nil, errICO
	}
	return best, nil
}

func icoDecodeConfig(r io.Reader) (image.Config, error) {
	e, err := icoEntry(r)
	if err != nil {
		return image.Config{}, err
	}
	if bytes.HasPrefix(e, []byte("\x89PNG")) {
		return png.DecodeConfig(bytes.NewReader(e))
	}
	d, err := parseDIB(e)
	if err != nil {
		return image.Config{}, err
	}
	return image.Config{ColorModel: color.NRGBAModel, Width: d.w, Height: d.h}, nil
}

func icoDecode(r io.Reader) (image.Image, error) {
	e, err := icoEntry(r)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(e, []byte("\x89PNG")) {
		return png.Decode(bytes.NewReader(e))
	}
	d, err := parseDIB(e)
	if err != nil {
		return nil, err
	}
	return d.decode()
}

// dib is an ICO entry's BITMAPINFOHEADER and the data after it.
type dib struct {
	w, h    int
	bpp     int
	palette []color.NRGBA
	pixels  []byte // the XOR image then the AND mask, rows bottom-up
}

func parseDIB(e []byte) (*dib, error) {
	if len(e) < 40 {
		return nil, errICO
	}
	hdr := int(binary.LittleEndian.Uint32(e[0:]))
	w := int(int32(binary.LittleEndian.Uint32(e[4:])))
	h := int(int32(binary.LittleEndian.Uint32(e[8:]))) / 2
	bpp := int(binary.LittleEndian.Uint16(e[14:]))
	comp := binary.LittleEndian.Uint32(e[16:])
	used := int(binary.LittleEndian.Uint32(e[32:]))
	if hdr < 40 || hdr > len(e) || w <= 0 || h <= 0 || w > 1<<14 || h > 1<<14 || comp != 0 {
		return nil, fmt.Errorf("%w: unsupported dib (%dx%d, compression %d)", errICO, w, h, comp)
	}
	d := &dib{w: w, h: h, bpp: bpp}
	p := hdr
	switch bpp {
	case 1, 4, 8:
		if used <= 0 || used > 1<<bpp {
			used = 1 << bpp
		}
		if p+4*used > len(e) {
			return nil, errICO
		}
		for i := range used {
			c := e[p+4*i:]
			d.palette = append(d.palette, color.NRGBA{c[2], c[1], c[0], 255})
		}
		p += 4 * used
	case 24, 32:
	default:
		return nil, fmt.Errorf("%w: %d bits per pixel", errICO, bpp)
	}
	d.pixels = e[p:]
	if len(d.pixels) < d.stride()*h {
		return nil, errICO
	}
	return d, nil
}

func (d *dib) stride() int { return (d.w*d.bpp + 31) / 32 * 4 }

// decode converts the DIB to NRGBA. The AND mask makes pixels transparent,
// except in 32-bit images that carry their own alpha.
func (d *dib) decode() (image.Image, error) {
	out := image.NewNRGBA(image.Rect(0, 0, d.w, d.h))
	stride := d.stride()
	maskStride := (d.w + 31) / 32 * 4
	mask := d.pixels[stride*d.h:]
	if len(mask) < maskStride*d.h {
		mask = nil
	}
	anyAlpha := false
	for y := range d.h {
		row := d.pixels[(d.h-1-y)*stride:]
		for x := range d.w {
			c := d.pixel(row, x)
			anyAlpha = anyAlpha || (d.bpp == 32 && c.A != 0)
			out.SetNRGBA(x, y, c)
		}
	}
	if mask != nil && !anyAlpha {
		for y := range d.h {
			mrow := mask[(d.h-1-y)*maskStride:]
			for x := range d.w {
				c := out.NRGBAAt(x, y)
				c.A = 255
				if mrow[x/8]&(0x80>>(x%8)) != 0 {
					c.A = 0
				}
				out.SetNRGBA(x, y, c)
			}
		}
	}
	return out, nil
}

func (d *dib) pixel(row []byte, x int) color.NRGBA {
	switch d.bpp {
	case 32:
		p := row[4*x:]
		return color.NRGBA{p[2], p[1], p[0], p[3]}
	case 24:
		p := row[3*x:]
		return color.NRGBA{p[2], p[1], p[0], 255}
	}
	bit := x * d.bpp
	v := int(row[bit/8]>>(8-d.bpp-bit%8)) & (1<<d.bpp - 1)
	if v < len(d.palette) {
		return d.palette[v]
	}
	return color.NRGBA{A: 255}
}
