const { scan } = require('../scan');

const cases = [
  { input: `const hfToken = "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";`, want: true },
  { input: `const client = new HuggingfaceClient("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");`, want: true },
  { input: `fetch("https://huggingface.co/v1/items", { headers: { "X-Huggingface-Key": "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" } })`, want: true },
  { input: `const hfToken = "hf_MgZX4wES";`, want: false },
  { input: `const hfToken = "<your-token>";`, want: false },
];

describe('huggingface_formats', () => {
  test.each(cases)('$input', ({ input, want }) => {
    expect(scan(input).length > 0).toBe(want);
  });
});
