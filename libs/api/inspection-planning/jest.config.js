module.exports = { displayName: 'api-inspection-planning', preset: '../../../jest.preset.js', rootDir: '.' };
