module.exports = { displayName: 'api-inspections', preset: '../../../jest.preset.js', rootDir: '.' };
