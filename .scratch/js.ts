import {z} from 'zod'
import {API_SHAPES} from '../src/delivery/apiShapes.ts'
for (const [name, shape] of Object.entries(API_SHAPES)) {
  const s = z.toJSONSchema(shape, {target: 'draft-2020-12', io: 'output'})
  console.log(name, JSON.stringify(s).length, JSON.stringify(s).slice(0, 300))
}
