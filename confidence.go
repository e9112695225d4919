package incident

// Level is an analytic confidence level: none, low, moderate or high.
type Level uint8

// The confidence levels, in increasing order.
const (
	LevelNone Level = iota
	LevelLow
	LevelModerate
	LevelHigh
)

// String returns "none", "low", "moderate" or "high".
func (l Level) String() string {
	switch l {
	case LevelNone:
		return "none"
	case LevelLow:
		return "low"
	case LevelModerate:
		return "moderate"
	case LevelHigh:
		return "high"
	}
	return "Level(?)"
}

// Confidence is an expression of certainty on two independent axes: analytic confidence
// (Level) and likelihood (a percent band). The zero Confidence expresses nothing.
//
// SKELETON: the confidence issue replaces this file; only the method set is fixed.
type Confidence struct {
	level    Level
	hasLevel bool
}

// Level returns the analytic confidence level, if the expression gave one.
func (c Confidence) Level() (Level, bool) { return c.level, c.hasLevel }

// ParseConfidence returns the confidence that s expresses.
func ParseConfidence(s string) (Confidence, error) {
	if err := checkInput("ParseConfidence", s); err != nil {
		return Confidence{}, err
	}
	return Confidence{}, newParseError("ParseConfidence", s, ErrInvalid, "")
}
