package paint

// UpdateGoldens is the package's -update flag, for the external test
// package's HTML goldens.
var UpdateGoldens = update
