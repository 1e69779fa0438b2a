(function (exports, require, module, __filename, __dirname) {var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __hasOwnProp=Object.prototype.hasOwnProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:true})};var __copyProps=(to,from,except,desc)=>{if(from&&typeof from==="object"||typeof from==="function"){for(let key of __getOwnPropNames(from))if(!__hasOwnProp.call(to,key)&&key!==except)__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable})}return to};var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:true}),mod);var stdin_exports={};__export(stdin_exports,{default:()=>formatJson,stream:()=>stream});module.exports=__toCommonJS(stdin_exports);var import_chunk_L2WEK4RB=require("./chunk-L2WEK4RB.cjs");function formatJson(result,options){let parts=[];return stream(result,options,part=>parts.push(part)),parts.join("")}function stream(result,_options,write){let counts={error:0,warning:0,note:0},head={version:1,tool:{name:result.tool.name,version:result.tool.version}};write(`${JSON.stringify(head,null,2).slice(0,-2)},
  "findings": [`),result.findings.forEach((f,i)=>{counts[f.level]++,write(`${i===0?"":","}
    ${JSON.stringify(reported(f),null,2).replaceAll(`
`,`
    `)}`)});let summary={errors:counts.error,warnings:counts.warning,notes:counts.note,files:result.fileCount};write(`${result.findings.length===0?"":`
  `}],
  "summary": ${JSON.stringify(summary,null,2).replaceAll(`
`,`
  `)}
}
`)}function reported(f){return{ruleId:f.ruleId,level:f.level,message:f.message,file:f.at.file,line:f.at.line,column:f.at.column,endLine:f.at.endLine,endColumn:f.at.endColumn,related:f.related.map(r=>({file:r.at.file,line:r.at.line,column:r.at.column,message:r.message})),fingerprint:f.fingerprint}}0&&(module.exports={stream});

})