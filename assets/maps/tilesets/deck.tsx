<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="deck" tilewidth="16" tileheight="16" tilecount="224" columns="16">
 <image source="../../sprites/tiles/deck.png" width="256" height="224"/>
 <tile id="0">
  <properties>
   <property name="tile_name" value="floor_quarry_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="tile_name" value="floor_quarry_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="tile_name" value="floor_quarry_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="tile_name" value="floor_quarry_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="tile_name" value="floor_concrete_1"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="tile_name" value="floor_concrete_2"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="tile_name" value="floor_concrete_3"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="tile_name" value="floor_concrete_shadow"/>
   <property name="surface" value="hard"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="tile_name" value="parapet_top"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="9">
  <properties>
   <property name="tile_name" value="parapet_top_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="10">
  <properties>
   <property name="tile_name" value="parapet_top_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="11">
  <properties>
   <property name="tile_name" value="parapet_top_ns"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="12">
  <properties>
   <property name="tile_name" value="parapet_top_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="13">
  <properties>
   <property name="tile_name" value="parapet_top_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="tile_name" value="parapet_top_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="15">
  <properties>
   <property name="tile_name" value="parapet_top_nse"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="tile_name" value="parapet_top_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="17">
  <properties>
   <property name="tile_name" value="parapet_top_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="tile_name" value="parapet_top_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="tile_name" value="parapet_top_nsw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="tile_name" value="parapet_top_ew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="tile_name" value="parapet_top_new"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="tile_name" value="parapet_top_sew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="tile_name" value="parapet_top_nsew"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="tile_name" value="parapet_top_in_ne"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="tile_name" value="parapet_top_in_nw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="tile_name" value="parapet_top_in_se"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="27">
  <properties>
   <property name="tile_name" value="parapet_top_in_sw"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="tile_name" value="parapet_top_in_n"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="tile_name" value="parapet_top_in_s"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="tile_name" value="parapet_top_in_e"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="tile_name" value="parapet_top_in_w"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="tile_name" value="parapet_top_in_all"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="33">
  <properties>
   <property name="tile_name" value="wall_stone_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="tile_name" value="wall_stone_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="tile_name" value="wall_stone_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="tile_name" value="wall_stone_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="tile_name" value="wall_stone_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="tile_name" value="wall_stone_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="tile_name" value="wall_stone_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="tile_name" value="wall_stone_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="tile_name" value="wall_glass_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="tile_name" value="wall_glass_2"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="tile_name" value="wall_glass_3"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="tile_name" value="wall_glass_base"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="tile_name" value="wall_glass_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="tile_name" value="wall_glass_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="tile_name" value="wall_glass_base_l"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="tile_name" value="wall_glass_base_r"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="49">
  <properties>
   <property name="tile_name" value="fence_1"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="tile_name" value="fence_post"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="16" height="16"/>
  </objectgroup>
 </tile>
 <tile id="64">
  <properties>
   <property name="tile_name" value="view_1[0,0]"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="tile_name" value="view_1[1,0]"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="tile_name" value="view_1[2,0]"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="tile_name" value="view_1[3,0]"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="tile_name" value="view_1[4,0]"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="tile_name" value="view_1[5,0]"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="tile_name" value="view_1[6,0]"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="tile_name" value="view_1[7,0]"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="tile_name" value="view_1[8,0]"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="tile_name" value="view_1[9,0]"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="tile_name" value="view_1[10,0]"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="tile_name" value="view_1[11,0]"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="tile_name" value="view_1[12,0]"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="tile_name" value="view_1[13,0]"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="tile_name" value="view_1[14,0]"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="tile_name" value="view_1[15,0]"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="tile_name" value="view_1[0,1]"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="tile_name" value="view_1[1,1]"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="tile_name" value="view_1[2,1]"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="tile_name" value="view_1[3,1]"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="tile_name" value="view_1[4,1]"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="tile_name" value="view_1[5,1]"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="tile_name" value="view_1[6,1]"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="tile_name" value="view_1[7,1]"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="tile_name" value="view_1[8,1]"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="tile_name" value="view_1[9,1]"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="tile_name" value="view_1[10,1]"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="tile_name" value="view_1[11,1]"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="tile_name" value="view_1[12,1]"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="tile_name" value="view_1[13,1]"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="tile_name" value="view_1[14,1]"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="tile_name" value="view_1[15,1]"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="tile_name" value="view_1[0,2]"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="tile_name" value="view_1[1,2]"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="tile_name" value="view_1[2,2]"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="tile_name" value="view_1[3,2]"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="tile_name" value="view_1[4,2]"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="tile_name" value="view_1[5,2]"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="tile_name" value="view_1[6,2]"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="tile_name" value="view_1[7,2]"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="tile_name" value="view_1[8,2]"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="tile_name" value="view_1[9,2]"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="tile_name" value="view_1[10,2]"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="tile_name" value="view_1[11,2]"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="tile_name" value="view_1[12,2]"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="tile_name" value="view_1[13,2]"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="tile_name" value="view_1[14,2]"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="tile_name" value="view_1[15,2]"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="tile_name" value="view_2[0,0]"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="tile_name" value="view_2[1,0]"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="tile_name" value="view_2[2,0]"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="tile_name" value="view_2[3,0]"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="tile_name" value="view_2[4,0]"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="tile_name" value="view_2[5,0]"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="tile_name" value="view_2[6,0]"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="tile_name" value="view_2[7,0]"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="tile_name" value="view_2[8,0]"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="tile_name" value="view_2[9,0]"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="tile_name" value="view_2[10,0]"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="tile_name" value="view_2[11,0]"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="tile_name" value="view_2[12,0]"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="tile_name" value="view_2[13,0]"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="tile_name" value="view_2[14,0]"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="tile_name" value="view_2[15,0]"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="tile_name" value="view_2[0,1]"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="tile_name" value="view_2[1,1]"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="tile_name" value="view_2[2,1]"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="tile_name" value="view_2[3,1]"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="tile_name" value="view_2[4,1]"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="tile_name" value="view_2[5,1]"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="tile_name" value="view_2[6,1]"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="tile_name" value="view_2[7,1]"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="tile_name" value="view_2[8,1]"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="tile_name" value="view_2[9,1]"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="tile_name" value="view_2[10,1]"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="tile_name" value="view_2[11,1]"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="tile_name" value="view_2[12,1]"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="tile_name" value="view_2[13,1]"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="tile_name" value="view_2[14,1]"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="tile_name" value="view_2[15,1]"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="tile_name" value="view_2[0,2]"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="tile_name" value="view_2[1,2]"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="tile_name" value="view_2[2,2]"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="tile_name" value="view_2[3,2]"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="tile_name" value="view_2[4,2]"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="tile_name" value="view_2[5,2]"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="tile_name" value="view_2[6,2]"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="tile_name" value="view_2[7,2]"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="tile_name" value="view_2[8,2]"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="tile_name" value="view_2[9,2]"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="tile_name" value="view_2[10,2]"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="tile_name" value="view_2[11,2]"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="tile_name" value="view_2[12,2]"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="tile_name" value="view_2[13,2]"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="tile_name" value="view_2[14,2]"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="tile_name" value="view_2[15,2]"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="tile_name" value="view_3[0,0]"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="tile_name" value="view_3[1,0]"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="tile_name" value="view_3[2,0]"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="tile_name" value="view_3[3,0]"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="tile_name" value="view_3[4,0]"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="tile_name" value="view_3[5,0]"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="tile_name" value="view_3[6,0]"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="tile_name" value="view_3[7,0]"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="tile_name" value="view_3[0,1]"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="tile_name" value="view_3[1,1]"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="tile_name" value="view_3[2,1]"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="tile_name" value="view_3[3,1]"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="tile_name" value="view_3[4,1]"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="tile_name" value="view_3[5,1]"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="tile_name" value="view_3[6,1]"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="tile_name" value="view_3[7,1]"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="tile_name" value="view_3[0,2]"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="tile_name" value="view_3[1,2]"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="tile_name" value="view_3[2,2]"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="tile_name" value="view_3[3,2]"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="tile_name" value="view_3[4,2]"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="tile_name" value="view_3[5,2]"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="tile_name" value="view_3[6,2]"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="tile_name" value="view_3[7,2]"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="tile_name" value="binoculars[0,0]"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="tile_name" value="binoculars[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="6" width="10" height="9"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="tile_name" value="bench[0,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="52">
  <properties>
   <property name="tile_name" value="bench[1,0]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="4" width="16" height="12"/>
  </objectgroup>
 </tile>
 <tile id="169">
  <properties>
   <property name="tile_name" value="kiosk[0,0]"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="tile_name" value="kiosk[1,0]"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="tile_name" value="kiosk[2,0]"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="tile_name" value="kiosk[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="186">
  <properties>
   <property name="tile_name" value="kiosk[1,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="187">
  <properties>
   <property name="tile_name" value="kiosk[2,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="2" width="16" height="14"/>
  </objectgroup>
 </tile>
 <tile id="172">
  <properties>
   <property name="tile_name" value="glass_doors[0,0]"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="tile_name" value="glass_doors[1,0]"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="tile_name" value="glass_doors[0,1]"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="tile_name" value="glass_doors[1,1]"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="tile_name" value="glass_doors_open[0,0]"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="tile_name" value="glass_doors_open[1,0]"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="tile_name" value="glass_doors_open[0,1]"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="tile_name" value="glass_doors_open[1,1]"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="tile_name" value="sign_open[0,0]"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="tile_name" value="sign_open[1,0]"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="tile_name" value="sign_closed[0,0]"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="tile_name" value="sign_closed[1,0]"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="tile_name" value="telescope[0,0]"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="tile_name" value="telescope[0,1]"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="8" width="11" height="7"/>
  </objectgroup>
 </tile>
</tileset>
