module.exports = { displayName: 'api-patrols', preset: '../../../jest.preset.js', rootDir: '.' };
