// PLACEHOLDER: replaced by the organizations import (CSV/JSON rows, business-number sealing, the store).
import Match
