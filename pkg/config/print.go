package config

import (
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// Write prints c as YAML that Load reads back, after a comment saying where
// it came from (origin, e.g. "defaults: --no-config").
func (c *Config) Write(w io.Writer, origin string) error {
	var n yaml.Node
	if err := n.Encode(c); err != nil {
		return fmt.Errorf("cannot print the configuration: %w", err)
	}
	// One line per house list reads best: "- [Zelensky, Zelenskyy]".
	for i := 0; i+1 < len(n.Content); i += 2 {
		switch n.Content[i].Value {
		case "aliases", "offices":
			for _, g := range n.Content[i+1].Content {
				g.Style = yaml.FlowStyle
			}
		}
	}
	if _, err := fmt.Fprintf(w, "# crosscheck configuration\n# %s\n", origin); err != nil {
		return err
	}
	for _, why := range c.Skipped {
		if _, err := fmt.Fprintf(w, "# %s\n", why); err != nil {
			return err
		}
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return fmt.Errorf("cannot print the configuration: %w", err)
	}
	return enc.Close()
}

// Origin says where c came from, for `config print` and messages.
func (c *Config) Origin(disabled bool) string {
	switch {
	case c.Path != "":
		return "loaded from " + c.Path
	case disabled:
		return "defaults (--no-config)"
	}
	return "defaults (no " + Names[0] + " or " + Names[1] + " found from " + c.Dir + " upward)"
}
