module.exports = { displayName: 'api-inspection-templates', preset: '../../../jest.preset.js', rootDir: '.' };
